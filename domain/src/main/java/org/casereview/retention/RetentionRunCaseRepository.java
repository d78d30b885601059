package org.casereview.retention;

import org.springframework.data.jpa.repository.JpaRepository;

interface RetentionRunCaseRepository extends JpaRepository<RetentionRunCase, Long> {
}
