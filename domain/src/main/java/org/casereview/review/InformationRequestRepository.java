package org.casereview.review;

import org.casereview.application.Agency;
import org.casereview.application.ApplicationStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.Collection;
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

    /**
     * Unanswered requests of cases in {@code statuses}, not reminded yet, falling due between {@code from} and
     * {@code until} (both included) and asked for before {@code from}: the reminder job's list.
     */
    @Query("""
            select r.id from InformationRequest r, Application a
            where a.id = r.applicationId and a.status in :statuses
              and r.answeredOn is null and r.remindedOn is null
              and r.dueOn between :from and :until and r.requestedOn < :from
            order by r.dueOn, r.id""")
    List<Long> dueForReminder(@Param("from") LocalDate from, @Param("until") LocalDate until,
                              @Param("statuses") Collection<ApplicationStatus> statuses);

    /**
     * Marks a request as reminded if nobody has reminded it and the agency has not answered: 1 when this caller may
     * send the reminder, 0 when another server did or the answer came first. A bulk update leaves the version alone,
     * so an agency user answering from a page they opened before the reminder is not told someone else answered.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update InformationRequest r set r.remindedOn = :on
            where r.id = :id and r.remindedOn is null and r.answeredOn is null""")
    int markReminded(@Param("id") long id, @Param("on") LocalDate on);
}
