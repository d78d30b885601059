package org.casereview.partnership;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface PartnershipRepository extends JpaRepository<Partnership, Long> {

    List<Partnership> findAllByOrderByNameAsc();

    Optional<Partnership> findByCode(String code);

    /** The partnerships a member of staff of {@code partnershipId} covers: that one, or all (null: county-wide). */
    default List<Partnership> coveredBy(@Nullable Long partnershipId) {
        return partnershipId == null ? findAllByOrderByNameAsc() : findById(partnershipId).stream().toList();
    }
}
