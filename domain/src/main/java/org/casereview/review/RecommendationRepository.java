package org.casereview.review;

import org.casereview.application.Agency;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

public interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

    List<Recommendation> findByApplicationIdOrderByIdAsc(long applicationId);

    /** Issued recommendations to an agency within a partnership (null: all), unanswered first. */
    @Query("""
            select r from Recommendation r, Application a
            where a.id = r.applicationId and r.agency = :agency and r.issuedOn is not null
              and (:partnershipId is null or a.partnership.id = :partnershipId)
            order by case when r.response is null then 0 else 1 end, r.issuedOn, r.id""")
    Page<Recommendation> forAgency(@Param("agency") Agency agency, @Param("partnershipId") Long partnershipId,
                                   Pageable pageable);
}
