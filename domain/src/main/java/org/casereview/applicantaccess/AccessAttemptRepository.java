package org.casereview.applicantaccess;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;

interface AccessAttemptRepository extends JpaRepository<AccessAttempt, Long> {

    long countByKindAndReferenceAndAttemptedAtAfter(AccessAttempt.Kind kind, String reference, Instant after);

    long countByKindAndClientHashAndAttemptedAtAfter(AccessAttempt.Kind kind, String clientHash, Instant after);

    @Modifying
    @Query("delete from AccessAttempt a where a.attemptedAt < :before")
    int deleteAttemptedBefore(@Param("before") Instant before);
}
