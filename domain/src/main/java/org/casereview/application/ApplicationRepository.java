package org.casereview.application;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

public interface ApplicationRepository extends JpaRepository<Application, Long> {

    Optional<Application> findBySubmissionKey(String submissionKey);

    @Query("""
            select a from Application a join fetch a.partnership left join fetch a.incidents
            where a.reference = :reference""")
    Optional<Application> findWithIncidentsByReference(@Param("reference") String reference);

    @Query("""
            select a from Application a join fetch a.partnership left join fetch a.incidents
            where a.id = :id""")
    Optional<Application> findWithIncidentsById(@Param("id") long id);

    @Query(value = """
            select new org.casereview.application.ApplicationSummary(a.id, a.reference, p.name, a.channel, a.status,
                   a.receivedAt, a.acknowledgementDue, a.decisionDue)
            from Application a join a.partnership p
            where (:search is null
                   or a.reference like concat('%', :search, '%')
                   or a.applicantName like concat('%', :search, '%')
                   or a.applicantPostcode like concat('%', :search, '%')
                   or a.applicantEmail like concat('%', :search, '%')
                   or a.applicantPhone like concat('%', :search, '%'))""",
            countQuery = """
            select count(a) from Application a
            where (:search is null
                   or a.reference like concat('%', :search, '%')
                   or a.applicantName like concat('%', :search, '%')
                   or a.applicantPostcode like concat('%', :search, '%')
                   or a.applicantEmail like concat('%', :search, '%')
                   or a.applicantPhone like concat('%', :search, '%'))""")
    Page<ApplicationSummary> findSummaries(@Param("search") @Nullable String search, Pageable pageable);
}
