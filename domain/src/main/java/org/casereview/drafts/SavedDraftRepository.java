package org.casereview.drafts;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Optional;

public interface SavedDraftRepository extends JpaRepository<SavedDraft, Long> {

    Optional<SavedDraft> findByTokenHash(String tokenHash);

    @Modifying
    @Query("delete from SavedDraft d where d.expiresAt <= :now")
    int deleteExpired(@Param("now") Instant now);
}
