package org.casereview.review;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface PlannedActionRepository extends JpaRepository<PlannedAction, Long> {

    List<PlannedAction> findByApplicationIdOrderByDueOnAscIdAsc(long applicationId);
}
