package org.casereview.retention;

import org.casereview.DomainConfiguration;
import org.casereview.application.ApplicationStatus;
import org.casereview.partnership.Partnership;
import org.casereview.partnership.PartnershipRepository;
import org.casereview.personaldata.CaseRows;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Anonymises the cases each partnership no longer keeps: closed (threshold not met, excluded, closed, withdrawn) more
 * than its retention period ago, not anonymised yet, and not restricted. Several servers may run it: a lease lets one
 * run at a time, and each case is claimed with {@code FOR UPDATE SKIP LOCKED} and recorded once (a unique key), so
 * even two runs at once never process a case twice. Each batch is its own transaction; a run stopped part-way keeps
 * what it finished and the next run carries on.
 */
@Service
public class RetentionService {

    private static final Logger log = LoggerFactory.getLogger(RetentionService.class);

    /** Longer than any run should take; a server that stops during a run frees the job after this. */
    static final Duration LEASE = Duration.ofHours(1);
    private static final int BATCH = 50;

    /** A closed case's closing day: recorded when it closed, or else its last change, decision or receipt. */
    private static final String CLOSING_DAY = "COALESCE(a.closed_on, DATE(a.last_changed_at), a.decided_on, a.received_on)";
    private static final String FINAL_STATUSES = Arrays.stream(ApplicationStatus.values())
            .filter(ApplicationStatus::isFinal).map(status -> "'" + status.name() + "'")
            .collect(Collectors.joining(", "));
    /** Past the retention period: kept until the anniversary of the closing day, anonymised from the day after. */
    private static final String PAST_RETENTION = "a.partnership_id = ? AND a.status IN (" + FINAL_STATUSES + ")"
            + " AND a.anonymised_at IS NULL AND DATE_ADD(" + CLOSING_DAY + ", INTERVAL ? YEAR) < ?";

    private final PartnershipRepository partnerships;
    private final CaseAnonymiser anonymiser;
    private final RetentionRunRepository runs;
    private final RetentionRunCaseRepository runCases;
    private final JobLeases leases;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RetentionService(PartnershipRepository partnerships, CaseAnonymiser anonymiser, RetentionRunRepository runs,
                     RetentionRunCaseRepository runCases, JobLeases leases, JdbcTemplate jdbc,
                     TransactionTemplate transactions, Clock clock) {
        this.partnerships = partnerships;
        this.anonymiser = anonymiser;
        this.runs = runs;
        this.runCases = runCases;
        this.leases = leases;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Runs retention now, unless another run holds the lease.
     *
     * @param startedBy {@link RetentionRun#SCHEDULE} or the administrator's name
     * @return what it did, or empty when another run was going on
     */
    Optional<RetentionOutcome> run(String startedBy) {
        if (!leases.acquire(JobLeases.RETENTION, LEASE)) {
            return Optional.empty();
        }
        try {
            return Optional.of(runHoldingLease(startedBy));
        } finally {
            leases.release(JobLeases.RETENTION);
        }
    }

    /** The run itself; without the lease it is still safe beside another run, only its record is split. */
    RetentionOutcome runHoldingLease(String startedBy) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), DomainConfiguration.UK);
        long runId = Objects.requireNonNull(Objects.requireNonNull(transactions.execute(status ->
                runs.save(new RetentionRun(RetentionRun.Kind.RETENTION, clock.instant(), startedBy, leases.node()))))
                .getId());
        int anonymised = 0;
        int restricted = 0;
        StringBuilder errors = new StringBuilder();
        for (Partnership partnership : partnerships.findAllByOrderByNameAsc()) {
            try {
                List<Long> due = jdbc.queryForList("SELECT a.id FROM application a WHERE " + PAST_RETENTION
                        + " AND a.restricted_at IS NULL ORDER BY a.id", Long.class, partnership.getId(),
                        partnership.getRetentionYears(), Date.valueOf(today));
                for (int from = 0; from < due.size(); from += BATCH) {
                    List<Long> batch = due.subList(from, Math.min(due.size(), from + BATCH));
                    anonymised += Objects.requireNonNull(transactions.execute(status ->
                            anonymiseBatch(runId, partnership, batch, today)));
                }
                restricted += Objects.requireNonNull(jdbc.queryForObject("SELECT COUNT(*) FROM application a WHERE "
                        + PAST_RETENTION + " AND a.restricted_at IS NOT NULL", Integer.class, partnership.getId(),
                        partnership.getRetentionYears(), Date.valueOf(today)));
            } catch (RuntimeException e) {
                // The class only: a message could quote a value. The next run carries on where this one stopped.
                log.warn("Retention run {} stopped for partnership {}: {}", runId, partnership.getCode(),
                        e.getClass().getName());
                errors.append(errors.isEmpty() ? "" : "; ").append(partnership.getName()).append(": ")
                        .append(e.getClass().getSimpleName());
            }
        }
        int total = anonymised;
        int kept = restricted;
        String error = errors.isEmpty() ? null : errors.toString();
        transactions.executeWithoutResult(status ->
                runs.findById(runId).orElseThrow().finished(clock.instant(), total, kept, error));
        if (total > 0 || error != null) {
            log.info("Retention run {} anonymised {} case(s){}", runId, total, error == null ? "" : " with errors");
        }
        return new RetentionOutcome(runId, total, kept, error);
    }

    /** Claims the batch's cases that are still due and that no other run holds, and anonymises each. */
    private int anonymiseBatch(long runId, Partnership partnership, List<Long> ids, LocalDate today) {
        String placeholders = String.join(", ", Collections.nCopies(ids.size(), "?"));
        Object[] parameters = new Object[ids.size() + 3];
        parameters[0] = partnership.getId();
        parameters[1] = partnership.getRetentionYears();
        parameters[2] = Date.valueOf(today);
        for (int i = 0; i < ids.size(); i++) {
            parameters[i + 3] = ids.get(i);
        }
        // Locks by primary key only the rows claimed, so officers working open cases are never held up.
        List<Map<String, Object>> claimed = jdbc.queryForList("SELECT a.id, a.reference, " + CLOSING_DAY
                + " AS closing_day FROM application a WHERE " + PAST_RETENTION + " AND a.restricted_at IS NULL"
                + " AND a.id IN (" + placeholders + ") ORDER BY a.id FOR UPDATE SKIP LOCKED", parameters);
        for (Map<String, Object> row : claimed) {
            long id = ((Number) row.get("id")).longValue();
            LocalDate closedOn = row.get("closing_day") == null ? null : ((Date) row.get("closing_day")).toLocalDate();
            anonymiser.anonymise(id, "System", "retention run " + runId + ": " + partnership.getName()
                    + " keeps closed cases for " + years(partnership.getRetentionYears()) + " after closure"
                    + (closedOn == null ? "" : "; this one closed on " + CaseRows.text(closedOn)));
            runCases.save(new RetentionRunCase(runId, id, row.get("reference").toString(),
                    Objects.requireNonNull(partnership.getId()), closedOn));
        }
        return claimed.size();
    }

    /** Records a clean-up of expired drafts, shown with the retention runs when it deleted any. */
    public void draftsDeleted(Instant startedAt, int deleted) {
        if (deleted > 0) {
            transactions.executeWithoutResult(status ->
                    runs.save(RetentionRun.draftsDeleted(startedAt, deleted, leases.node())));
        }
        leases.ran(JobLeases.DRAFT_CLEANUP, startedAt);
    }

    static String years(int years) {
        return years + (years == 1 ? " year" : " years");
    }

    /**
     * @param restrictedKept cases past their period kept because their processing is restricted
     * @param error          what stopped part of the run, or null
     */
    public record RetentionOutcome(long runId, int casesAnonymised, int restrictedKept, @Nullable String error) {
    }
}
