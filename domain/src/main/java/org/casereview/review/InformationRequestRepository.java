package org.casereview.review;

import org.casereview.application.Agency;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.List;

public interface InformationRequestRepository extends JpaRepository<InformationRequest, Long> {

    List<InformationRequest> findByApplicationIdOrderByRequestedOnAscIdAsc(long applicationId);

    /** An agency's requests within the partnerships it may see (null: all), unanswered first, soonest due first. */
    @Query("""
            select r from InformationRequest r, Application a
            where a.id = r.applicationId and r.agency = :agency
              and (:partnershipId is null or a.partnership.id = :partnershipId)
            order by case when r.answeredOn is null then 0 else 1 end, r.dueOn, r.id""")
    Page<InformationRequest> forAgency(@Param("agency") Agency agency, @Param("partnershipId") Long partnershipId,
                                       Pageable pageable);

    /** Unanswered requests due on or before {@code day} that have not been reminded: the reminder job's list. */
    List<InformationRequest> findByAnsweredOnIsNullAndRemindedOnIsNullAndDueOnLessThanEqual(LocalDate day);
}
