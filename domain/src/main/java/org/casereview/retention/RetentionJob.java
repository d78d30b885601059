package org.casereview.retention;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs retention in the background every {@code casereview.retention.interval} (a day by default), first a few minutes
 * after start-up; {@code casereview.retention.enabled=false} turns it off (administrators can still run it). Its own
 * thread, like the draft clean-up, so turning the outbox sender off does not stop it. Every server runs it; the lease
 * lets one at a time do the work.
 */
@Component
@ConditionalOnProperty(name = "casereview.retention.enabled", havingValue = "true", matchIfMissing = true)
class RetentionJob implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final RetentionService retention;
    private final Duration interval;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "retention");
        thread.setDaemon(true);
        return thread;
    });

    RetentionJob(RetentionService retention, @Value("${casereview.retention.interval:24h}") Duration interval) {
        this.retention = retention;
        this.interval = interval;
    }

    @Override
    public void afterPropertiesSet() {
        long millis = interval.toMillis();
        scheduler.scheduleWithFixedDelay(this::run, Math.min(millis, Duration.ofMinutes(5).toMillis()), millis,
                TimeUnit.MILLISECONDS);
    }

    void run() {
        try {
            retention.run(RetentionRun.SCHEDULE);
        } catch (RuntimeException e) {
            // The next run tries again; a database that is down for a moment must not stop the schedule.
            log.warn("Retention run not done this time: {}", e.getClass().getName());
        }
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
