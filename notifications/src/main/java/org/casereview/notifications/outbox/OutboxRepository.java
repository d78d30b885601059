package org.casereview.notifications.outbox;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;

public interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    List<OutboxMessage> findByApplicationIdOrderByCreatedAtAsc(long applicationId);

    Page<OutboxMessage> findByStatusOrderByCreatedAtAsc(OutboxMessage.Status status, Pageable pageable);

    /**
     * Claims due messages for this sender. {@code SKIP LOCKED} lets several instances share the outbox: a row
     * another sender holds is passed over, so no message is delivered twice.
     */
    @Query(value = """
            SELECT * FROM outbox_message WHERE status = 'PENDING' AND next_attempt_at <= :now
            ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED""", nativeQuery = true)
    List<OutboxMessage> claimDue(@Param("now") Instant now, @Param("limit") int limit);
}
