package org.casereview.review;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface SecondStageReviewRepository extends JpaRepository<SecondStageReview, Long> {

    List<SecondStageReview> findByApplicationIdOrderByRequestedOnAscIdAsc(long applicationId);
}
