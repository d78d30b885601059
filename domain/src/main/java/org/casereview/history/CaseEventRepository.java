package org.casereview.history;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface CaseEventRepository extends JpaRepository<CaseEvent, Long> {

    List<CaseEvent> findByApplicationIdOrderByOccurredAtAscIdAsc(long applicationId);
}
