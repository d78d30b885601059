package org.casereview.staff;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface StaffAccountChangeRepository extends JpaRepository<StaffAccountChange, Long> {

    List<StaffAccountChange> findByAccountIdOrderByChangedAtDescIdDesc(long accountId);
}
