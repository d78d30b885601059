package org.casereview.retention;

import org.casereview.personaldata.CaseRows;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A lease per background job in {@code scheduled_job}, so that with several servers only one runs a job at a time,
 * and a record of when each job last ran. A server that stops during a run leaves the lease to expire.
 */
@Component
public class JobLeases {

    public static final String RETENTION = "retention";
    public static final String DRAFT_CLEANUP = "draft-cleanup";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    /** This server: process and host, plus a few random characters in case two share both. */
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 4);

    JobLeases(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public String node() {
        return node;
    }

    /** Takes the job's lease for {@code length} unless another server holds it; outside any transaction. */
    boolean acquire(String job, Duration length) {
        Instant now = clock.instant();
        return jdbc.update("""
                UPDATE scheduled_job SET locked_until = ?, locked_by = ?, last_started_at = ?
                WHERE name = ? AND (locked_until IS NULL OR locked_until < ?)""",
                CaseRows.utc(now.plus(length)), node, CaseRows.utc(now), job, CaseRows.utc(now)) == 1;
    }

    void release(String job) {
        jdbc.update("UPDATE scheduled_job SET locked_until = NULL, last_finished_at = ? WHERE name = ? AND locked_by = ?",
                CaseRows.utc(clock.instant()), job, node);
    }

    /** Records that a job that needs no lease (it is the same wherever it runs) has just run. */
    public void ran(String job, Instant startedAt) {
        jdbc.update("UPDATE scheduled_job SET last_started_at = ?, last_finished_at = ? WHERE name = ?",
                CaseRows.utc(startedAt), CaseRows.utc(clock.instant()), job);
    }

    JobState state(String job) {
        return jdbc.query("SELECT * FROM scheduled_job WHERE name = ?", rs -> {
            if (!rs.next()) {
                return new JobState(null, null, null);
            }
            Instant lockedUntil = instant(rs.getTimestamp("locked_until"));
            boolean running = lockedUntil != null && lockedUntil.isAfter(clock.instant());
            return new JobState(instant(rs.getTimestamp("last_started_at")),
                    instant(rs.getTimestamp("last_finished_at")), running ? rs.getString("locked_by") : null);
        }, job);
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    /**
     * @param runningOn the server running it now, or null if none is
     */
    record JobState(@Nullable Instant lastStarted, @Nullable Instant lastFinished, @Nullable String runningOn) {
    }
}
