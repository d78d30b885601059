package org.casereview.accesslog;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseOpeningRepository extends JpaRepository<CaseOpening, Long> {

    @Query(value = """
            select new org.casereview.accesslog.CaseAccessEntry(o.openedAt, s.displayName, s.username, o.screen)
            from CaseOpening o, StaffAccount s where s.id = o.staffAccountId and o.applicationId = :applicationId
            order by o.openedAt desc, o.id desc""",
            countQuery = "select count(o) from CaseOpening o where o.applicationId = :applicationId")
    Page<CaseAccessEntry> findByApplication(@Param("applicationId") long applicationId, Pageable pageable);
}
