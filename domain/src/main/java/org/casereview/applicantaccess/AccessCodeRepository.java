package org.casereview.applicantaccess;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface AccessCodeRepository extends JpaRepository<AccessCode, Long> {

    Optional<AccessCode> findByApplicationId(long applicationId);
}
