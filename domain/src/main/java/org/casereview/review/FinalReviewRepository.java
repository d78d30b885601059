package org.casereview.review;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface FinalReviewRepository extends JpaRepository<FinalReview, Long> {

    List<FinalReview> findByApplicationIdOrderByReviewedOnAscIdAsc(long applicationId);
}
