package org.casereview.staff;

import org.springframework.data.jpa.repository.JpaRepository;

interface TwoFactorRequirementRepository extends JpaRepository<TwoFactorRequirement, StaffRole> {
}
