package org.casereview.application;

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
}
