package org.casereview.decision;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface IncidentVerificationRepository extends JpaRepository<IncidentVerification, Long> {

    List<IncidentVerification> findByApplicationId(long applicationId);

    Optional<IncidentVerification> findByIncidentId(long incidentId);
}
