package org.casereview.staff;

import jakarta.persistence.LockModeType;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

public interface StaffAccountRepository extends JpaRepository<StaffAccount, Long> {

    Optional<StaffAccount> findByUsername(String username);

    /** For counting failed sign-ins: attempts at the same account queue up rather than overwrite each other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from StaffAccount s where s.username = :username")
    Optional<StaffAccount> findForUpdateByUsername(@Param("username") String username);

    @Query("""
            select s from StaffAccount s
            where (:partnershipId is null or s.partnershipId = :partnershipId)
              and (:search is null or s.username like concat('%', :search, '%')
                   or s.displayName like concat('%', :search, '%'))""")
    Page<StaffAccount> findForAdministration(@Param("partnershipId") @Nullable Long partnershipId,
                                             @Param("search") @Nullable String search, Pageable pageable);

    /** Case officers and managers who can be given cases of a partnership (theirs or county-wide). */
    @Query("""
            select s from StaffAccount s
            where s.enabled = true
              and (s.roles like '%CASE_OFFICER%' or s.roles like '%MANAGER%')
              and (:partnershipId is null or s.partnershipId is null or s.partnershipId = :partnershipId)
            order by s.displayName""")
    List<StaffAccount> findCaseworkers(@Param("partnershipId") @Nullable Long partnershipId);
}
