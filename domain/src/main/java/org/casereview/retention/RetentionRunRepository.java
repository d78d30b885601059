package org.casereview.retention;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface RetentionRunRepository extends JpaRepository<RetentionRun, Long> {

    Page<RetentionRun> findAllByOrderByStartedAtDescIdDesc(Pageable pageable);
}
