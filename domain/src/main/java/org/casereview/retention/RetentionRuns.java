package org.casereview.retention;

import org.casereview.ActionRefusedException;
import org.casereview.DomainConfiguration;
import org.casereview.partnership.PartnershipRepository;
import org.casereview.staff.CurrentStaff;
import org.casereview.staff.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What administrators see of retention: each partnership's period, the schedule, the runs and what each did, and a
 * way to run it now. An administrator of one partnership sees the counts and references of its cases only.
 */
@Service
@PreAuthorize("hasRole('ADMINISTRATOR')")
public class RetentionRuns {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK).withZone(DomainConfiguration.UK);

    private final RetentionService retention;
    private final RetentionRunRepository runs;
    private final PartnershipRepository partnerships;
    private final JobLeases leases;
    private final CurrentStaff currentStaff;
    private final JdbcTemplate jdbc;
    private final Environment environment;
    private final Duration interval;
    private final Duration draftInterval;

    RetentionRuns(RetentionService retention, RetentionRunRepository runs, PartnershipRepository partnerships,
                  JobLeases leases, CurrentStaff currentStaff, JdbcTemplate jdbc, Environment environment,
                  @Value("${casereview.retention.interval:24h}") Duration interval,
                  @Value("${casereview.drafts.cleanup-interval:1h}") Duration draftInterval) {
        this.retention = retention;
        this.runs = runs;
        this.partnerships = partnerships;
        this.leases = leases;
        this.currentStaff = currentStaff;
        this.jdbc = jdbc;
        this.environment = environment;
        this.interval = interval;
        this.draftInterval = draftInterval;
    }

    /**
     * Runs retention now, for every partnership, as the schedule would.
     *
     * @throws ActionRefusedException when a run is going on already
     */
    public RetentionService.RetentionOutcome runNow() {
        StaffMember admin = currentStaff.get();
        return retention.run(admin.actorName()).orElseThrow(() -> {
            JobLeases.JobState state = leases.state(JobLeases.RETENTION);
            return new ActionRefusedException("A retention run is going on already"
                    + (state.lastStarted() == null ? "" : " (started " + TIME.format(state.lastStarted()) + ")")
                    + ". Look at the list again when it has finished.");
        });
    }

    /** Each partnership's period, when the job runs and when it last ran. */
    @Transactional(readOnly = true)
    public RetentionSchedule schedule() {
        StaffMember admin = currentStaff.get();
        Map<String, Integer> periods = new LinkedHashMap<>();
        partnerships.findAllByOrderByNameAsc().stream()
                .filter(partnership -> admin.covers(Objects.requireNonNull(partnership.getId())))
                .forEach(partnership -> periods.put(partnership.getName(), partnership.getRetentionYears()));
        JobLeases.JobState job = leases.state(JobLeases.RETENTION);
        JobLeases.JobState drafts = leases.state(JobLeases.DRAFT_CLEANUP);
        return new RetentionSchedule(enabled("casereview.retention.enabled"), interval, job.lastStarted(),
                job.lastFinished(), job.runningOn(), enabled("casereview.drafts.cleanup-enabled"), draftInterval,
                drafts.lastFinished(), periods);
    }

    private boolean enabled(String property) {
        return environment.getProperty(property, Boolean.class, true);
    }

    /** The runs, newest first, a page at a time. */
    @Transactional(readOnly = true)
    public Page<RunSummary> runs(Pageable pageable) {
        StaffMember admin = currentStaff.get();
        Page<RetentionRun> page = runs.findAllByOrderByStartedAtDescIdDesc(pageable);
        Map<Long, List<Object[]>> cases = casesOf(page.getContent().stream().map(RetentionRun::getId).toList(),
                admin.partnershipId());
        return page.map(run -> summary(run, cases.getOrDefault(run.getId(), List.of()), admin.countyWide()));
    }

    /** (run id → [partnership name, reference]) for the runs, within the administrator's partnership if they have one. */
    private Map<Long, List<Object[]>> casesOf(List<@Nullable Long> runIds, @Nullable Long partnershipId) {
        Map<Long, List<Object[]>> byRun = new TreeMap<>();
        if (runIds.isEmpty()) {
            return byRun;
        }
        List<Object> parameters = new ArrayList<>(runIds);
        String scope = "";
        if (partnershipId != null) {
            scope = " AND c.partnership_id = ?";
            parameters.add(partnershipId);
        }
        jdbc.query("SELECT c.run_id, p.name, c.reference FROM retention_run_case c JOIN partnership p ON p.id = "
                        + "c.partnership_id WHERE c.run_id IN (" + String.join(", ", Collections.nCopies(runIds.size(), "?"))
                        + ")" + scope + " ORDER BY p.name, c.reference",
                rs -> {
                    byRun.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new Object[] {rs.getString(2), rs.getString(3)});
                }, parameters.toArray());
        return byRun;
    }

    private static RunSummary summary(RetentionRun run, List<Object[]> cases, boolean countyWide) {
        Map<String, Integer> byPartnership = new LinkedHashMap<>();
        List<String> references = new ArrayList<>();
        for (Object[] row : cases) {
            byPartnership.merge((String) row[0], 1, Integer::sum);
            references.add((String) row[1]);
        }
        return new RunSummary(Objects.requireNonNull(run.getId()), run.getKind(), run.getStartedAt(),
                run.getFinishedAt(), run.getStartedBy(), countyWide ? run.getCasesAnonymised() : references.size(),
                run.getRestrictedKept(), run.getDraftsDeleted(), byPartnership, references, run.getError());
    }

    /**
     * One run as the list shows it.
     *
     * @param casesAnonymised within the administrator's partnership, if they have one
     * @param byPartnership   cases anonymised per partnership, by name
     * @param references      the references of the cases anonymised
     */
    public record RunSummary(long id, RetentionRun.Kind kind, Instant startedAt, @Nullable Instant finishedAt,
                             String startedBy, int casesAnonymised, int restrictedKept, int draftsDeleted,
                             Map<String, Integer> byPartnership, List<String> references, @Nullable String error) {
    }

    /**
     * @param periods       years kept after closure, by partnership name
     * @param runningOn     the server running retention now, or null
     * @param draftsLastRun when expired drafts were last looked for
     */
    public record RetentionSchedule(boolean enabled, Duration interval, @Nullable Instant lastStarted,
                                    @Nullable Instant lastFinished, @Nullable String runningOn,
                                    boolean draftCleanupEnabled, Duration draftCleanupInterval,
                                    @Nullable Instant draftsLastRun, Map<String, Integer> periods) {
    }
}
