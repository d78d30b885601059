package org.casereview.drafts;

import org.casereview.retention.RetentionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Deletes expired drafts in the background, every {@code casereview.drafts.cleanup-interval} (an hour by default).
 * It has its own thread rather than Spring's {@code @Scheduled}, so that turning the outbox sender off (as tests do)
 * does not also stop personal data being deleted on time. Several servers may run it at once: a delete of what has
 * expired is the same wherever it runs. A clean-up that deleted drafts is listed with the retention runs.
 */
@Component
@ConditionalOnProperty(name = "casereview.drafts.cleanup-enabled", havingValue = "true", matchIfMissing = true)
class DraftCleanup implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DraftCleanup.class);

    private final DraftService drafts;
    private final RetentionService retention;
    private final Clock clock;
    private final Duration interval;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "draft-cleanup");
        thread.setDaemon(true);
        return thread;
    });

    DraftCleanup(DraftService drafts, RetentionService retention, Clock clock,
                 @Value("${casereview.drafts.cleanup-interval:1h}") Duration interval) {
        this.drafts = drafts;
        this.retention = retention;
        this.clock = clock;
        this.interval = interval;
    }

    @Override
    public void afterPropertiesSet() {
        long millis = interval.toMillis();
        scheduler.scheduleWithFixedDelay(this::run, Math.min(millis, Duration.ofMinutes(1).toMillis()), millis,
                java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    void run() {
        try {
            Instant startedAt = clock.instant();
            int deleted = drafts.deleteExpired();
            retention.draftsDeleted(startedAt, deleted);
            if (deleted > 0) {
                log.info("Deleted {} saved draft(s) older than {} days", deleted, DraftService.KEPT_FOR.toDays());
            }
        } catch (RuntimeException e) {
            // The next run tries again; a database that is down for a moment must not stop the schedule.
            log.warn("Expired drafts not deleted this time: {}", e.toString());
        }
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
