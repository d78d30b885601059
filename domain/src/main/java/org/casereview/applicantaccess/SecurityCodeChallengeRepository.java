package org.casereview.applicantaccess;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Optional;

interface SecurityCodeChallengeRepository extends JpaRepository<SecurityCodeChallenge, Long> {

    /** Locked, so that two tries at once are counted one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<SecurityCodeChallenge> findByHandle(String handle);

    @Modifying
    @Query("delete from SecurityCodeChallenge c where c.createdAt < :before")
    int deleteCreatedBefore(@Param("before") Instant before);
}
