package org.casereview.risk;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface RiskAssessmentRepository extends JpaRepository<RiskAssessment, Long> {

    @EntityGraph(attributePaths = "answers")
    List<RiskAssessment> findByApplicationIdOrderByAssessedAtDescIdDesc(long applicationId);
}
