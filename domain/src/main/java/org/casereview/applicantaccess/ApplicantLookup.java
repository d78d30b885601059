package org.casereview.applicantaccess;

import org.casereview.application.Application;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

/** Cases as applicant access needs them: by reference, and with the partnership for its contact details. */
interface ApplicantLookup extends Repository<Application, Long> {

    @Query("select a from Application a join fetch a.partnership where a.reference = :reference")
    Optional<Application> findByReference(@Param("reference") String reference);

    @Query("select a from Application a join fetch a.partnership where a.id = :id")
    Optional<Application> findWithPartnershipById(@Param("id") long id);
}
