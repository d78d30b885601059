package org.casereview.partnership;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface PartnershipChangeRepository extends JpaRepository<PartnershipChange, Long> {

    List<PartnershipChange> findByPartnershipIdOrderByChangedAtDescIdDesc(long partnershipId);
}
