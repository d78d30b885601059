package org.casereview.decision;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ThresholdExclusionRepository extends JpaRepository<ThresholdExclusion, Long> {

    List<ThresholdExclusion> findByApplicationIdOrderByRecordedAt(long applicationId);
}
