package org.casereview.partnership;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface PartnershipRepository extends JpaRepository<Partnership, Long> {

    List<Partnership> findAllByOrderByNameAsc();

    Optional<Partnership> findByCode(String code);
}
