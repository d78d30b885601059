package org.casereview.notifications.outbox;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;

public interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    List<OutboxMessage> findByApplicationIdOrderByCreatedAtAsc(long applicationId);

    /** Messages in a state, oldest first; only those of one partnership's cases unless {@code partnershipId} is null. */
    @Query("""
            select m from OutboxMessage m where m.status = :status and (:partnershipId is null or m.applicationId in
                (select a.id from Application a where a.partnership.id = :partnershipId))
            order by m.createdAt""")
    Page<OutboxMessage> findByStatusInPartnership(@Param("status") OutboxMessage.Status status,
                                                  @Param("partnershipId") @Nullable Long partnershipId,
                                                  Pageable pageable);

    /**
     * Claims due messages for this sender. {@code SKIP LOCKED} lets several instances share the outbox: a row
     * another sender holds is passed over, so no message is delivered twice.
     */
    @Query(value = """
            SELECT * FROM outbox_message WHERE status = 'PENDING' AND next_attempt_at <= :now
            ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED""", nativeQuery = true)
    List<OutboxMessage> claimDue(@Param("now") Instant now, @Param("limit") int limit);
}
