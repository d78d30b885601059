package org.casereview.subjectaccess;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SubjectAccessLogRepository extends JpaRepository<SubjectAccessLogEntry, Long> {

    /** Newest first; only the work of one partnership's administrators unless {@code partnershipId} is null. */
    @Query("""
            select e from SubjectAccessLogEntry e
            where :partnershipId is null or e.scopePartnershipId = :partnershipId
            order by e.occurredAt desc, e.id desc""")
    Page<SubjectAccessLogEntry> findInScope(@Param("partnershipId") @Nullable Long partnershipId, Pageable pageable);
}
