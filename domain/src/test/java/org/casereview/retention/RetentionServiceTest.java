package org.casereview.retention;

import org.casereview.PersonalDataCases;
import org.casereview.PersonalDataCases.Person;
import org.casereview.TestCases;
import org.casereview.application.Application;
import org.casereview.application.ApplicationStatus;
import org.casereview.application.Agency;
import org.casereview.application.Channel;
import org.casereview.history.CaseHistory;
import org.casereview.personaldata.Anonymised;
import org.casereview.personaldata.CaseTable;
import org.casereview.personaldata.HeldSection;
import org.casereview.personaldata.PersonalDataSteps;
import org.casereview.review.InformationRequest;
import org.casereview.review.PanelRecord;
import org.casereview.review.PanelSeat;
import org.casereview.review.PlannedAction;
import org.casereview.review.ReviewService;
import org.casereview.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casereview.TestCases.today;

/** Retention on aged data: which cases are anonymised, what is kept, and what is recorded. */
@SpringBootTest
class RetentionServiceTest {

    @Autowired
    RetentionService retention;
    @Autowired
    RetentionRuns runs;
    @Autowired
    JobLeases leases;
    @Autowired
    PersonalDataCases personalData;
    @Autowired
    PersonalDataSteps steps;
    @Autowired
    TestCases cases;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReviewService reviews;

    @AfterEach
    void signOut() {
        TestCases.signOut();
    }

    private Application closedCase(String partnership, LocalDate closedOn) {
        Application application = cases.apply(partnership, Channel.PHONE, null, "Casey Closed", 9, 5);
        personalData.setStatus(application, ApplicationStatus.CLOSED);
        personalData.closedOn(application, closedOn);
        return application;
    }

    private boolean anonymised(Application application) {
        return jdbc.queryForObject("SELECT anonymised_at IS NOT NULL FROM application WHERE id = ?", Boolean.class,
                application.getId());
    }

    private RetentionService.RetentionOutcome run() {
        return retention.run("Test").orElseThrow();
    }

    @Test
    void a_case_closed_six_years_and_a_day_ago_is_anonymised_and_one_closed_a_day_later_is_kept() {
        LocalDate sixYearsAgo = today().minusYears(6);
        Application dayPast = closedCase("sevenoaks", sixYearsAgo.minusDays(1));
        Application anniversary = closedCase("sevenoaks", sixYearsAgo);
        Application dayShort = closedCase("sevenoaks", sixYearsAgo.plusDays(1));

        RetentionService.RetentionOutcome outcome = run();

        assertThat(anonymised(dayPast)).isTrue();
        assertThat(anonymised(anniversary)).as("kept to the end of the sixth anniversary of closing").isFalse();
        assertThat(anonymised(dayShort)).isFalse();
        assertThat(cases.reload(dayPast).getApplicantName()).isEqualTo(Anonymised.NAME);
        assertThat(cases.reload(dayShort).getApplicantName()).isEqualTo("Casey Closed");
        assertThat(outcome.casesAnonymised()).isGreaterThanOrEqualTo(1);
        assertThat(outcome.error()).isNull();
    }

    @Test
    void open_cases_are_never_anonymised_however_old() {
        Application received = cases.apply("sevenoaks", Channel.PHONE, null, "Olivia Open", 3);
        Application underReview = cases.apply("sevenoaks", Channel.PHONE, null, "Olivia Open", 3);
        jdbc.update("UPDATE application SET received_on = ?, received_at = ?, last_changed_at = ? WHERE id IN (?, ?)",
                today().minusYears(12), today().minusYears(12).atStartOfDay(), today().minusYears(12).atStartOfDay(),
                received.getId(), underReview.getId());
        // A case reopened after closing (an appeal) keeps an old closing day: it is still open.
        personalData.setStatus(underReview, ApplicationStatus.REVIEW_ACTIVATED);
        personalData.closedOn(underReview, today().minusYears(10));

        run();

        assertThat(anonymised(received)).isFalse();
        assertThat(anonymised(underReview)).isFalse();
    }

    @Test
    void each_partnership_keeps_closed_cases_for_its_own_period() {
        jdbc.update("UPDATE partnership SET retention_years = 2 WHERE code = 'test-valley'");
        try {
            Application testValley = closedCase("test-valley", today().minusYears(2).minusDays(1));
            Application testValleyRecent = closedCase("test-valley", today().minusYears(2).plusDays(1));
            Application sevenoaks = closedCase("sevenoaks", today().minusYears(2).minusDays(1));

            run();

            assertThat(anonymised(testValley)).isTrue();
            assertThat(anonymised(testValleyRecent)).isFalse();
            assertThat(anonymised(sevenoaks)).as("Sevenoaks keeps them for 6 years").isFalse();
        } finally {
            jdbc.update("UPDATE partnership SET retention_years = 6 WHERE code = 'test-valley'");
        }
    }

    @Test
    void a_case_that_closed_before_closing_days_were_recorded_counts_from_its_last_change() {
        Application old = cases.apply("bassetlaw", Channel.PHONE, null, "Wendy Withdrawn", 3);
        personalData.setStatus(old, ApplicationStatus.WITHDRAWN);
        jdbc.update("UPDATE application SET closed_on = NULL, last_changed_at = ? WHERE id = ?",
                today().minusYears(7).atStartOfDay(), old.getId());

        run();

        assertThat(anonymised(old)).isTrue();
    }

    @Test
    void anonymising_removes_every_personal_value_and_keeps_what_the_statistics_count() {
        Person person = PersonalDataCases.person();
        Application other = cases.apply("tonbridge-malling", Channel.PHONE, null, "Linda Linked", 3);
        Application application = personalData.notMet("tonbridge-malling", person, other);
        long id = application.getId();
        assertThat(application.getClosedOn()).as("closed by the decision").isEqualTo(today());
        personalData.closedOn(application, today().minusYears(6).minusDays(1));
        Map<String, Object> before = statistics(id);
        int historyBefore = history(id).size();
        assertThat(personalValuesIn(id, person)).isNotEmpty();

        run();

        assertThat(personalValuesIn(id, person)).as("personal values left on the case").isEmpty();
        assertThat(statistics(id)).isEqualTo(before);
        Application after = cases.reload(application);
        assertThat(after.getApplicantName()).isEqualTo(Anonymised.NAME);
        assertThat(after.getVictimName()).isEqualTo(Anonymised.NAME);
        assertThat(after.getApplicantEmail()).isNull();
        assertThat(after.getVictimDateOfBirth()).isNull();
        assertThat(after.getIncidents()).hasSize(4).allSatisfy(incident ->
                assertThat(incident.getDescription()).isEqualTo(Anonymised.TEXT));
        assertThat(after.getIncidents().get(3).getReporterName()).isEqualTo("Person 1");
        assertThat(after.isAnonymised()).isTrue();
        assertThat(after.getVersion()).isGreaterThan(application.getVersion());
        List<Map<String, Object>> history = history(id);
        assertThat(history).hasSize(historyBefore + 1);
        assertThat(history.getLast().get("kind")).isEqualTo(CaseHistory.ANONYMISED);
        assertThat(history.getLast().get("description").toString())
                .contains("Tonbridge and Malling keeps closed cases for 6 years");
        assertThat(history).extracting(row -> row.get("description").toString())
                .contains("Status: Acknowledged → Threshold not met")
                .anySatisfy(text -> assertThat(text).startsWith("Threshold decision recorded"));
        // The other case keeps its own data; the words of their link went from both.
        assertThat(cases.reload(other).getApplicantName()).isEqualTo("Linda Linked");
        assertThat(history(other.getId())).extracting(row -> row.get("description").toString())
                .noneSatisfy(text -> assertThat(text).contains(person.victimName()))
                .contains("Linked to " + application.getReference() + " (details removed when that case was "
                        + "anonymised)");
    }

    @Test
    void a_group_case_keeps_its_members_and_separate_reporters_counted() {
        Person person = PersonalDataCases.person();
        Application group = personalData.forGroup("bassetlaw", person, "Mo Member" + person.tag(),
                "Nia Member" + person.tag(), "Mo Member" + person.tag());
        personalData.setStatus(group, ApplicationStatus.THRESHOLD_NOT_MET);
        personalData.closedOn(group, today().minusYears(7));

        run();

        Application after = cases.reload(group);
        assertThat(after.getGroupMembers()).extracting(member -> member.getName())
                .containsExactly("Member 1", "Member 2", "Member 3");
        assertThat(after.getGroupMembers()).allSatisfy(member -> {
            assertThat(member.getContact()).isNull();
            assertThat(member.isConsented()).isTrue();
        });
        assertThat(after.getIncidents()).extracting(incident -> incident.getReportedBy())
                .containsExactly("Person 1", "Person 2", "Person 1");
        assertThat(after.getGroupName()).isEqualTo(Anonymised.NAME);
        assertThat(personalValuesIn(group.getId(), person)).isEmpty();
    }

    @Test
    void a_reviewed_case_keeps_its_recommendations_and_action_plan_counted_and_loses_their_words() {
        String tag = PersonalDataCases.person().tag();
        Application application = cases.reviewActivated("tonbridge-malling");
        long id = application.getId();
        InformationRequest request = reviews.requestInformation(id, version(id), Agency.POLICE, "Kent Police",
                "asb@kent.police.example", "All reports about " + tag, today().plusDays(10));
        reviews.recordAnswer(id, version(id), request.getId(), "Three visits to " + tag, today());
        reviews.recordPanel(id, version(id), new PanelRecord(today(), List.of(
                new PanelSeat("Alex Inspector", "Neighbourhood inspector", "Kent Police"),
                new PanelSeat("Sam Housing", "Tenancy manager", "Clarion Housing"),
                new PanelSeat("Jo Council", "Community safety manager", "Tonbridge and Malling Borough Council")),
                null, null, null, true, true, "Findings about " + tag));
        reviews.addRecommendation(id, version(id), Agency.HOUSING_PROVIDER, "Clarion Housing",
                "tenancy@clarion.example", "Visit " + tag + " within two weeks");
        PlannedAction action = reviews.addAction(id, version(id), "Joint visit to " + tag, "Clarion Housing",
                today().plusDays(14));
        reviews.sendOutcome(id, version(id));
        reviews.updateAction(id, version(id), action.getId(), PlannedAction.Status.COMPLETE, "Done " + tag);
        reviews.recordFinalReview(id, version(id), "Noise stopped for " + tag, null);
        TestCases.signOut();
        Application closed = cases.reload(application);
        assertThat(closed.getStatus()).isEqualTo(ApplicationStatus.CLOSED);
        assertThat(closed.getClosedOn()).isEqualTo(today());
        // What a subject access export lists of the review, before it is anonymised.
        List<HeldSection> held = steps.describe(id);
        assertThat(held).extracting(HeldSection::title).contains("Information asked of agencies", "Review panel",
                "Recommendations", "Action plan", "Final reviews");
        assertThat(held.stream().flatMap(section -> section.records().stream())
                .flatMap(record -> record.fields().stream()).map(field -> field.label() + ": " + field.value()))
                .contains("Recommendation: Visit " + tag + " within two weeks", "Findings: Findings about " + tag,
                        "Answer: Three visits to " + tag)
                .anySatisfy(value -> assertThat(value).startsWith("Panel: Alex Inspector (Neighbourhood inspector"));
        personalData.closedOn(closed, today().minusYears(6).minusDays(1));
        Map<String, Object> counts = reviewFacts(id);

        run();

        assertThat(reviewFacts(id)).isEqualTo(counts);
        assertThat(anonymised(closed)).isTrue();
        assertThat(cases.reload(closed).getCloseReason()).isNull();
        assertThat(valuesIn(id, List.of(tag))).isEmpty();
    }

    /** What the statistics count of a review: recommendations (to whom, when), actions, panels, the outcome. */
    private Map<String, Object> reviewFacts(long id) {
        return jdbc.queryForMap("""
                SELECT (SELECT COUNT(*) FROM recommendation WHERE application_id = ?) AS recommendations,
                       (SELECT GROUP_CONCAT(CONCAT(agency, issued_on)) FROM recommendation WHERE application_id = ?)
                           AS issued,
                       (SELECT GROUP_CONCAT(CONCAT(status, due_on)) FROM planned_action WHERE application_id = ?)
                           AS actions,
                       (SELECT COUNT(*) FROM panel_meeting WHERE application_id = ?) AS panels,
                       (SELECT outcome_sent_on FROM application WHERE id = ?) AS outcome_sent""", id, id, id, id, id);
    }

    private long version(long id) {
        return jdbc.queryForObject("SELECT version FROM application WHERE id = ?", Long.class, id);
    }

    @Test
    void a_run_is_recorded_with_its_cases_per_partnership_and_running_again_changes_nothing() {
        Application sevenoaks = closedCase("sevenoaks", today().minusYears(9));
        Application bassetlaw = closedCase("bassetlaw", today().minusYears(9));

        RetentionService.RetentionOutcome first = run();
        Map<String, Object> anonymisedRow = jdbc.queryForMap("SELECT * FROM application WHERE id = ?",
                sevenoaks.getId());
        RetentionService.RetentionOutcome second = run();

        assertThat(second.casesAnonymised()).isZero();
        assertThat(jdbc.queryForMap("SELECT * FROM application WHERE id = ?", sevenoaks.getId()))
                .isEqualTo(anonymisedRow);
        assertThat(history(sevenoaks.getId())).filteredOn(row -> CaseHistory.ANONYMISED.equals(row.get("kind")))
                .hasSize(1);

        cases.signIn(null, StaffRole.ADMINISTRATOR);
        RetentionRuns.RunSummary recorded = runs.runs(PageRequest.of(0, 20)).getContent().stream()
                .filter(run -> run.id() == first.runId()).findFirst().orElseThrow();
        assertThat(recorded.kind()).isEqualTo(RetentionRun.Kind.RETENTION);
        assertThat(recorded.startedBy()).isEqualTo("Test");
        assertThat(recorded.finishedAt()).isNotNull();
        assertThat(recorded.references()).contains(sevenoaks.getReference(), bassetlaw.getReference());
        assertThat(recorded.byPartnership()).containsKeys("Sevenoaks", "Bassetlaw");
        assertThat(recorded.casesAnonymised()).isEqualTo(first.casesAnonymised());
        assertThat(runs.runs(PageRequest.of(0, 20)).getContent()).anySatisfy(run -> {
            assertThat(run.id()).isEqualTo(second.runId());
            assertThat(run.casesAnonymised()).isZero();
        });

        // An administrator of one partnership sees its own cases only.
        cases.signIn("bassetlaw", StaffRole.ADMINISTRATOR);
        RetentionRuns.RunSummary scoped = runs.runs(PageRequest.of(0, 20)).getContent().stream()
                .filter(run -> run.id() == first.runId()).findFirst().orElseThrow();
        assertThat(scoped.references()).contains(bassetlaw.getReference()).doesNotContain(sevenoaks.getReference());
        assertThat(scoped.byPartnership()).containsOnlyKeys("Bassetlaw");
    }

    @Test
    void an_administrator_can_run_it_now_and_others_cannot() {
        Application due = closedCase("folkestone-hythe", today().minusYears(8));
        cases.signIn(null, StaffRole.CASE_OFFICER);
        assertThatThrownBy(() -> runs.runNow())
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> runs.runs(PageRequest.of(0, 5)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        var admin = cases.signIn(null, StaffRole.ADMINISTRATOR);
        RetentionService.RetentionOutcome outcome = runs.runNow();

        assertThat(anonymised(due)).isTrue();
        assertThat(runs.runs(PageRequest.of(0, 5)).getContent().getFirst().startedBy())
                .contains(admin.getUsername());
        assertThat(outcome.casesAnonymised()).isGreaterThanOrEqualTo(1);
        assertThat(runs.schedule().periods()).containsEntry("Sevenoaks", 6);
        assertThat(runs.schedule().enabled()).as("turned off in the tests' settings").isFalse();
        assertThat(runs.schedule().lastFinished()).isNotNull();
    }

    @Test
    void a_run_waits_for_the_one_going_on_and_two_servers_at_once_never_process_a_case_twice() throws Exception {
        assertThat(leases.acquire(JobLeases.RETENTION, RetentionService.LEASE)).isTrue();
        try {
            assertThat(retention.run("Second server")).isEmpty();
            cases.signIn(null, StaffRole.ADMINISTRATOR);
            assertThatThrownBy(() -> runs.runNow()).isInstanceOf(org.casereview.ActionRefusedException.class)
                    .hasMessageContaining("going on already");
        } finally {
            leases.release(JobLeases.RETENTION);
        }

        List<Application> due = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            due.add(closedCase(i % 2 == 0 ? "newark-sherwood" : "sevenoaks", today().minusYears(7)));
        }
        // Two servers whose leases both think they may run (the worst case): each case is claimed by one of them.
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService servers = Executors.newFixedThreadPool(2);
        try {
            List<Future<RetentionService.RetentionOutcome>> outcomes = new ArrayList<>();
            for (int server = 0; server < 2; server++) {
                Callable<RetentionService.RetentionOutcome> runOnServer = () -> {
                    start.await();
                    return retention.runHoldingLease("Server");
                };
                outcomes.add(servers.submit(runOnServer));
            }
            start.countDown();
            long first = outcomes.get(0).get().runId();
            long second = outcomes.get(1).get().runId();
            for (Application application : due) {
                assertThat(anonymised(application)).isTrue();
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM retention_run_case WHERE application_id = ?"
                        + " AND run_id IN (?, ?)", Integer.class, application.getId(), first, second)).isEqualTo(1);
                assertThat(history(application.getId()))
                        .filteredOn(row -> CaseHistory.ANONYMISED.equals(row.get("kind"))).hasSize(1);
            }
            assertThat(outcomes.get(0).get().error()).isNull();
            assertThat(outcomes.get(1).get().error()).isNull();
        } finally {
            servers.shutdownNow();
        }
    }

    @Test
    void a_restricted_case_is_kept_past_its_period_and_counted() {
        Application restricted = closedCase("sevenoaks", today().minusYears(8));
        jdbc.update("UPDATE application SET restricted_at = NOW(), restricted_by = 'Test', restriction_reason = 'Legal "
                + "claim' WHERE id = ?", restricted.getId());

        RetentionService.RetentionOutcome outcome = run();

        assertThat(anonymised(restricted)).isFalse();
        assertThat(outcome.restrictedKept()).isGreaterThanOrEqualTo(1);
    }

    /** The values the statistics count, and the shape of the case (how many incidents, members, messages...). */
    private Map<String, Object> statistics(long id) {
        Map<String, Object> facts = new java.util.TreeMap<>(jdbc.queryForMap("""
                SELECT a.reference, a.partnership_id, a.channel, a.status, a.received_at, a.received_on, a.acknowledged_on,
                       a.decided_on, a.closed_on, a.applicant_type, a.risk_level, a.assigned_officer_id,
                       d.outcome, d.route, d.decided_on AS decision_day, d.risk_level AS decision_risk,
                       (SELECT COUNT(*) FROM incident i WHERE i.application_id = a.id) AS incidents,
                       (SELECT COUNT(*) FROM incident i WHERE i.application_id = a.id AND i.source = 'AGENCY')
                           AS agency_incidents,
                       (SELECT GROUP_CONCAT(CONCAT(i.occurred_on, i.reported_on, i.reported_to) ORDER BY i.position)
                        FROM incident i WHERE i.application_id = a.id) AS incident_dates,
                       (SELECT COUNT(*) FROM application_group_member g WHERE g.application_id = a.id) AS members,
                       (SELECT COUNT(*) FROM incident_verification v WHERE v.application_id = a.id) AS verifications,
                       (SELECT COUNT(*) FROM risk_assessment r WHERE r.application_id = a.id) AS assessments,
                       (SELECT COUNT(*) FROM case_link l WHERE l.application_id = a.id) AS links
                FROM application a LEFT JOIN threshold_decision d ON d.application_id = a.id WHERE a.id = ?""", id));
        return facts;
    }

    private List<Map<String, Object>> history(long id) {
        return jdbc.queryForList("SELECT * FROM case_event WHERE application_id = ? ORDER BY occurred_at, id", id);
    }

    /**
     * Every value in every table the features look after, for this case, that holds one of the person's values:
     * "table.column: value".
     */
    private List<String> personalValuesIn(long id, Person person) {
        List<String> values = new ArrayList<>(person.values());
        values.add(person.tag());
        return valuesIn(id, values);
    }

    private List<String> valuesIn(long id, List<String> values) {
        List<String> found = new ArrayList<>();
        for (CaseTable table : steps.tables()) {
            String where = switch (table.table()) {
                case "application" -> "id = ?";
                case "risk_answer" -> "assessment_id IN (SELECT id FROM risk_assessment WHERE application_id = ?)";
                case "case_link" -> "? IN (application_id, linked_application_id)";
                case "panel_meeting_member" -> "panel_meeting_id IN (SELECT id FROM panel_meeting WHERE application_id = ?)";
                case "second_stage_panel_member" ->
                        "second_stage_id IN (SELECT id FROM second_stage_review WHERE application_id = ?)";
                default -> "application_id = ?";
            };
            for (Map<String, Object> row : jdbc.queryForList("SELECT * FROM " + table.table() + " WHERE " + where,
                    id)) {
                row.forEach((column, value) -> {
                    if (value != null && values.stream().anyMatch(v -> value.toString().contains(v))) {
                        found.add(table.table() + "." + column + ": " + value);
                    }
                });
            }
        }
        return found;
    }
}
