package org.casereview.risk;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface RiskQuestionRepository extends JpaRepository<RiskQuestion, Long> {

    @Query("select q from RiskQuestion q where q.active = true and q.partnershipId = :partnershipId order by q.position")
    List<RiskQuestion> findOwn(@Param("partnershipId") long partnershipId);

    @Query("select q from RiskQuestion q where q.active = true and q.partnershipId is null order by q.position")
    List<RiskQuestion> findDefault();

    /** The shared set, asked and retired, locked until the change to it is saved. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select q from RiskQuestion q where q.partnershipId is null order by q.position, q.id")
    List<RiskQuestion> lockShared();

    @Query("select q from RiskQuestion q where q.partnershipId = :partnershipId order by q.position, q.id")
    List<RiskQuestion> findAllOwn(@Param("partnershipId") long partnershipId);

    @Query("select q from RiskQuestion q where q.partnershipId is null order by q.position, q.id")
    List<RiskQuestion> findAllShared();
}
