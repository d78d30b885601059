package org.casereview.decision;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface ThresholdDecisionRepository extends JpaRepository<ThresholdDecision, Long> {

    Optional<ThresholdDecision> findByApplicationId(long applicationId);
}
