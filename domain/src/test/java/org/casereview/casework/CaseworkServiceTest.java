package org.casereview.casework;

import org.casereview.ActionRefusedException;
import org.casereview.TestCases;
import org.casereview.application.AcknowledgementMethod;
import org.casereview.application.Agency;
import org.casereview.application.Application;
import org.casereview.application.ApplicationStatus;
import org.casereview.application.CaseChangedException;
import org.casereview.application.Channel;
import org.casereview.application.IncidentSource;
import org.casereview.application.InvalidApplicationException;
import org.casereview.application.NewApplication;
import org.casereview.application.ValidationProblem;
import org.casereview.deadlines.DeadlineStatus;
import org.casereview.history.CaseEvent;
import org.casereview.staff.StaffAccount;
import org.casereview.staff.StaffRole;
import org.casereview.workingdays.WorkingDayCalendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casereview.TestCases.today;

@SpringBootTest
@RecordApplicationEvents
class CaseworkServiceTest {

    @Autowired
    CaseworkService casework;
    @Autowired
    TestCases cases;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    @AfterEach
    void signOut() {
        TestCases.signOut();
    }

    private List<String> references(CaseFilter filter) {
        return casework.search(filter, PageRequest.of(0, 50)).map(CaseRow::reference).getContent();
    }

    @Test
    void staff_of_one_partnership_see_only_its_cases_and_county_wide_staff_see_all() {
        Application tonbridge = cases.apply("tonbridge-malling", Channel.PHONE, null, "Ann Scope", 3);
        Application sevenoaks = cases.apply("sevenoaks", Channel.PHONE, null, "Ann Scope", 3);

        cases.signIn("tonbridge-malling", StaffRole.CASE_OFFICER);
        assertThat(references(CaseFilter.search("Ann Scope"))).containsExactly(tonbridge.getReference());
        assertThat(casework.queue(WorkQueue.TO_ACKNOWLEDGE, PageRequest.of(0, 500)).map(CaseRow::reference))
                .contains(tonbridge.getReference()).doesNotContain(sevenoaks.getReference());
        assertThatThrownBy(() -> casework.open(sevenoaks.getId())).isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> casework.acknowledge(sevenoaks.getId(), sevenoaks.getVersion(),
                AcknowledgementMethod.PHONE, null)).isInstanceOf(CaseNotFoundException.class);
        // Even by reference, a case of another partnership cannot be linked (or learnt of).
        assertThatThrownBy(() -> casework.link(tonbridge.getId(), tonbridge.getVersion(), sevenoaks.getReference(),
                "same street")).isInstanceOf(ActionRefusedException.class).hasMessageContaining("no case");

        cases.signIn(null, StaffRole.MANAGER);
        assertThat(references(CaseFilter.search("Ann Scope")))
                .containsExactlyInAnyOrder(tonbridge.getReference(), sevenoaks.getReference());
    }

    @Test
    void a_panel_member_sees_only_cases_under_review_and_changes_nothing() {
        Application received = cases.apply("bassetlaw", Channel.PHONE, null, "Pat Panel", 3);
        jdbc.update("UPDATE application SET status = 'REVIEW_ACTIVATED' WHERE id = ?",
                cases.apply("bassetlaw", Channel.PHONE, null, "Pat Panel", 3).getId());

        cases.signIn(null, StaffRole.PANEL_MEMBER);

        List<CaseRow> rows = casework.search(CaseFilter.search("Pat Panel"), PageRequest.of(0, 10)).getContent();
        assertThat(rows).singleElement().satisfies(row ->
                assertThat(row.status()).isEqualTo(ApplicationStatus.REVIEW_ACTIVATED));
        assertThatThrownBy(() -> casework.open(received.getId())).isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> casework.acknowledge(received.getId(), received.getVersion(),
                AcknowledgementMethod.PHONE, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void administrators_and_partner_agency_users_cannot_read_cases() {
        cases.signIn(null, StaffRole.ADMINISTRATOR);
        assertThatThrownBy(() -> casework.search(CaseFilter.none(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);

        cases.signIn(null, StaffRole.PARTNER_AGENCY);
        assertThatThrownBy(() -> casework.queue(WorkQueue.OVERDUE, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);

        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> casework.search(CaseFilter.none(), PageRequest.of(0, 10)))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    @Test
    void the_list_searches_by_reference_name_postcode_phone_email_and_an_agencys_incident_reference() {
        Application found = cases.apply("folkestone-hythe", Channel.EMAIL, "searchable.person@example.org",
                "Sam Searchable", 5);
        cases.signIn(null, StaffRole.CASE_OFFICER);
        String agencyReference = found.getIncidents().getFirst().getAgencyReference();

        // The start of any of them: a surname alone, part of a reference, a phone number however it is spaced.
        for (String term : List.of(found.getReference(), found.getReference().substring(0, 9), "sam searchable",
                "Searchable", "searchable.person@", agencyReference, "01632960123", "01632 960 123", "(01632)960")) {
            assertThat(references(CaseFilter.search(term))).as(term).contains(found.getReference());
        }
        assertThat(references(new CaseFilter("me194lz", null, Set.of(), null, false, null, null, Channel.EMAIL)))
                .contains(found.getReference());
        assertThat(references(new CaseFilter("ME19 4", null, Set.of(), null, false, null, null, Channel.EMAIL)))
                .contains(found.getReference());
        // What is not at the start of anything finds nothing.
        assertThat(references(CaseFilter.search("earchable"))).doesNotContain(found.getReference());
        // A "%" typed is a percent sign, not "anything" (other tests' cases may hold a real one).
        assertThat(references(CaseFilter.search("sam%searchable"))).doesNotContain(found.getReference());
    }

    @Test
    void the_list_filters_by_status_channel_officer_and_decision_due_date() {
        StaffAccount officer = cases.signIn(null, StaffRole.CASE_OFFICER);
        Application letter = cases.apply("test-valley", Channel.LETTER, null, "Lee Filter", 2);
        Application online = cases.apply("test-valley", Channel.ONLINE, "lee@example.org", "Lee Filter", 2);
        casework.assign(letter.getId(), letter.getVersion(), officer.getId());

        var base = new CaseFilter("Lee Filter", null, Set.of(), null, false, null, null, null);
        assertThat(references(new CaseFilter("Lee Filter", null, Set.of(), null, false, null, null, Channel.LETTER)))
                .containsExactly(letter.getReference());
        assertThat(references(new CaseFilter("Lee Filter", null, Set.of(ApplicationStatus.ACKNOWLEDGED), null, false,
                null, null, null))).containsExactly(online.getReference());
        assertThat(references(new CaseFilter("Lee Filter", null, Set.of(), officer.getId(), false, null, null, null)))
                .containsExactly(letter.getReference());
        assertThat(references(new CaseFilter("Lee Filter", null, Set.of(), null, true, null, null, null)))
                .containsExactly(online.getReference());
        LocalDate due = letter.getDecisionDue();
        assertThat(references(new CaseFilter("Lee Filter", null, Set.of(), null, false, due, due, null)))
                .contains(letter.getReference());
        assertThat(references(new CaseFilter("Lee Filter", null, Set.of(), null, false, due.plusDays(1), null, null)))
                .isEmpty();
        assertThat(casework.count(base)).isEqualTo(2);
    }

    @Test
    void a_phone_application_waits_to_be_acknowledged_with_its_clock_then_waits_for_the_decision() {
        Application phoned = cases.apply("bassetlaw", Channel.PHONE, null, "Quinn Queue", 3);
        cases.signIn("bassetlaw", StaffRole.CASE_OFFICER);

        CaseRow row = casework.queue(WorkQueue.TO_ACKNOWLEDGE, PageRequest.of(0, 500)).stream()
                .filter(r -> r.id() == phoned.getId()).findFirst().orElseThrow();
        assertThat(row.clock()).isNotNull();
        assertThat(row.clock().step()).isEqualTo(CaseClock.ACKNOWLEDGE);
        assertThat(row.clock().due()).isEqualTo(calendar.plusWorkingDays(today(), 3));
        assertThat(row.clock().status()).isEqualTo(DeadlineStatus.DUE_SOON);

        casework.acknowledge(phoned.getId(), phoned.getVersion(), AcknowledgementMethod.PHONE, "Spoke to Quinn");

        assertThat(casework.queue(WorkQueue.TO_ACKNOWLEDGE, PageRequest.of(0, 500)).map(CaseRow::id))
                .doesNotContain(phoned.getId());
        CaseRow due = casework.queue(WorkQueue.DECISIONS_DUE, PageRequest.of(0, 500)).stream()
                .filter(r -> r.id() == phoned.getId()).findFirst().orElseThrow();
        assertThat(due.clock().step()).isEqualTo(CaseClock.DECIDE);
        assertThat(due.clock().status()).isEqualTo(DeadlineStatus.DUE);
        CaseFile file = casework.open(phoned.getId());
        assertThat(file.acknowledgement().status()).isEqualTo(DeadlineStatus.MET);
        assertThat(file.application().getAcknowledgementMethod()).isEqualTo(AcknowledgementMethod.PHONE);
        assertThat(file.history()).extracting(CaseEvent::getDescription)
                .anySatisfy(d -> assertThat(d).contains("Acknowledged by phone call", "Spoke to Quinn"))
                .contains("Status: Received → Acknowledged");
        // Bassetlaw's decision runs from receipt: acknowledging does not move it.
        assertThat(file.application().getDecisionDue()).isEqualTo(phoned.getDecisionDue());
        assertThat(events.stream(ApplicationAcknowledged.class)).singleElement()
                .satisfies(e -> assertThat(e.method()).isEqualTo(AcknowledgementMethod.PHONE));
    }

    @Test
    void in_kent_the_decision_is_due_25_working_days_after_the_acknowledgement_actually_sent() {
        Application written = cases.apply("sevenoaks", Channel.LETTER, "writer@example.org", "Wyn Writer", 3);
        assertThat(written.getDecisionDue())
                .isEqualTo(calendar.plusWorkingDays(calendar.plusWorkingDays(today(), 2), 25));
        cases.signIn("sevenoaks", StaffRole.CASE_OFFICER);

        casework.acknowledge(written.getId(), written.getVersion(), AcknowledgementMethod.EMAIL, null);

        Application acknowledged = cases.reload(written);
        assertThat(acknowledged.getDecisionDue()).isEqualTo(calendar.plusWorkingDays(today(), 25));
        assertThat(casework.open(written.getId()).history()).extracting(CaseEvent::getField).contains("Decision due");
    }

    @Test
    void overdue_items_are_listed_with_how_late_they_are() {
        Application late = cases.apply("newark-sherwood", Channel.PHONE, null, "Olly Overdue", 3);
        LocalDate due = calendar.previousWorkingDay(calendar.previousWorkingDay(today()));
        jdbc.update("UPDATE application SET acknowledgement_due = ? WHERE id = ?", due, late.getId());
        cases.signIn("newark-sherwood", StaffRole.CASE_OFFICER);

        CaseRow row = casework.queue(WorkQueue.OVERDUE, PageRequest.of(0, 500)).stream()
                .filter(r -> r.id() == late.getId()).findFirst().orElseThrow();
        assertThat(row.clock().status()).isEqualTo(DeadlineStatus.OVERDUE);
        int daysLate = calendar.workingDaysBetween(due, today());
        assertThat(row.clock().inWords()).isEqualTo(daysLate + (daysLate == 1 ? " working day" : " working days") + " overdue");
        assertThat(casework.queueSizes().get(WorkQueue.OVERDUE)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void an_email_acknowledgement_needs_an_address() {
        Application phoned = cases.apply("test-valley", Channel.PHONE, null, "Nia Noemail", 3);
        cases.signIn(null, StaffRole.CASE_OFFICER);

        assertThatThrownBy(() -> casework.acknowledge(phoned.getId(), phoned.getVersion(), AcknowledgementMethod.EMAIL,
                null)).isInstanceOf(ActionRefusedException.class).hasMessageContaining("no e-mail address");
        assertThat(cases.reload(phoned).getAcknowledgedOn()).isNull();
    }

    @Test
    void a_second_save_from_a_stale_screen_is_refused_and_the_first_is_kept() {
        Application phoned = cases.apply("tonbridge-malling", Channel.PHONE, null, "Cass Conflict", 3);
        StaffAccount first = cases.signIn(null, StaffRole.CASE_OFFICER);
        long seen = phoned.getVersion();

        casework.assign(phoned.getId(), seen, first.getId());

        cases.signIn(null, StaffRole.CASE_OFFICER);
        assertThatThrownBy(() -> casework.acknowledge(phoned.getId(), seen, AcknowledgementMethod.LETTER, null))
                .isInstanceOf(CaseChangedException.class)
                .hasMessageContaining(phoned.getReference())
                .hasMessageContaining(first.getDisplayName())
                .hasMessageContaining("Nothing you entered was saved");
        Application now = cases.reload(phoned);
        assertThat(now.getAcknowledgedOn()).isNull();
        assertThat(now.getAssignedOfficerId()).isEqualTo(first.getId());
    }

    @Test
    void two_saves_at_the_same_moment_from_the_same_version_keep_exactly_one() throws Exception {
        Application phoned = cases.apply("tonbridge-malling", Channel.PHONE, null, "Rae Race", 3);
        StaffAccount manager = cases.account(null, StaffRole.MANAGER);
        StaffAccount one = cases.account(null, StaffRole.CASE_OFFICER);
        StaffAccount two = cases.account(null, StaffRole.CASE_OFFICER);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<String>> saves = new ArrayList<>();
            for (StaffAccount officer : List.of(one, two)) {
                saves.add(() -> {
                    TestCases.signInAs(manager.getUsername(), StaffRole.MANAGER);
                    try {
                        casework.assign(phoned.getId(), phoned.getVersion(), officer.getId());
                        return "saved";
                    } catch (CaseChangedException e) {
                        return "refused";
                    } finally {
                        TestCases.signOut();
                    }
                });
            }
            List<String> results = new ArrayList<>();
            for (Future<String> result : pool.invokeAll(saves)) {
                results.add(result.get());
            }
            assertThat(results).containsExactlyInAnyOrder("saved", "refused");
        } finally {
            pool.shutdown();
        }
        Application now = cases.reload(phoned);
        assertThat(now.getAssignedOfficerId()).isIn(one.getId(), two.getId());
        assertThat(now.getVersion()).isEqualTo(phoned.getVersion() + 1);
    }

    @Test
    void an_officer_can_take_a_case_and_a_manager_can_give_it_to_anyone_who_works_that_partnership() {
        Application phoned = cases.apply("folkestone-hythe", Channel.PHONE, null, "Ash Assign", 3);
        StaffAccount colleague = cases.account("folkestone-hythe", StaffRole.CASE_OFFICER);
        StaffAccount elsewhere = cases.account("bassetlaw", StaffRole.CASE_OFFICER);
        StaffAccount officer = cases.signIn("folkestone-hythe", StaffRole.CASE_OFFICER);

        assertThatThrownBy(() -> casework.assign(phoned.getId(), phoned.getVersion(), colleague.getId()))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("Only a manager");
        casework.assign(phoned.getId(), phoned.getVersion(), officer.getId());
        assertThat(casework.queue(WorkQueue.MINE, PageRequest.of(0, 50)).map(CaseRow::id)).contains(phoned.getId());

        cases.signIn("folkestone-hythe", StaffRole.MANAGER);
        long version = cases.reload(phoned).getVersion();
        assertThatThrownBy(() -> casework.assign(phoned.getId(), version, elsewhere.getId()))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("cannot work on");
        casework.assign(phoned.getId(), version, colleague.getId());

        assertThat(casework.caseworkersFor(phoned.getId())).extracting(s -> s.username())
                .contains(colleague.getUsername(), officer.getUsername()).doesNotContain(elsewhere.getUsername());
        assertThat(casework.open(phoned.getId()).history()).extracting(CaseEvent::getDescription)
                .contains("Assigned to: Nobody → " + officer.getDisplayName(),
                        "Assigned to: " + officer.getDisplayName() + " → " + colleague.getDisplayName());
    }

    @Test
    void an_officer_adds_an_incident_an_agency_reported_checked_like_the_applicants_own() {
        Application phoned = cases.apply("sevenoaks", Channel.PHONE, null, "Ira Incident", 3);
        cases.signIn(null, StaffRole.CASE_OFFICER);
        var tomorrow = new NewApplication.NewIncident(today().plusDays(1), today().plusDays(1), Agency.HOUSING_PROVIDER,
                null, null, "Door kicked");

        assertThatThrownBy(() -> casework.addIncident(phoned.getId(), phoned.getVersion(), tomorrow, null))
                .isInstanceOfSatisfying(InvalidApplicationException.class, e -> assertThat(e.problems())
                        .extracting(ValidationProblem::field).contains("occurredOn"));

        casework.addIncident(phoned.getId(), phoned.getVersion(), new NewApplication.NewIncident(today().minusDays(9),
                today().minusDays(8), Agency.HOUSING_PROVIDER, null, "HP-77", "Door kicked"), "A neighbour");

        Application now = cases.reload(phoned);
        assertThat(now.getIncidents()).hasSize(2);
        assertThat(now.getIncidents().get(1)).satisfies(added -> {
            assertThat(added.getSource()).isEqualTo(IncidentSource.AGENCY);
            assertThat(added.getReporterName()).isEqualTo("A neighbour");
            assertThat(added.label()).isEqualTo("Incident 2");
        });
        assertThat(casework.open(phoned.getId()).history()).extracting(CaseEvent::getKind).contains("INCIDENT_ADDED");
        assertThat(references(CaseFilter.search("HP-77"))).contains(phoned.getReference());
    }

    @Test
    void linked_cases_show_on_both_and_the_link_can_be_removed() {
        Application one = cases.apply("test-valley", Channel.PHONE, null, "Lin One", 3);
        Application two = cases.apply("test-valley", Channel.PHONE, null, "Lin Two", 3);
        cases.signIn("test-valley", StaffRole.CASE_OFFICER);

        assertThatThrownBy(() -> casework.link(one.getId(), one.getVersion(), two.getReference(), " "))
                .isInstanceOf(ActionRefusedException.class);
        casework.link(one.getId(), one.getVersion(), two.getReference().toLowerCase(), "Same block of flats");

        assertThat(casework.open(two.getId()).links()).singleElement()
                .satisfies(link -> assertThat(link.reference()).isEqualTo(one.getReference()));
        CaseFile file = casework.open(one.getId());
        assertThat(file.links()).singleElement().satisfies(link -> {
            assertThat(link.reference()).isEqualTo(two.getReference());
            assertThat(link.reason()).isEqualTo("Same block of flats");
        });
        assertThatThrownBy(() -> casework.link(one.getId(), file.version(), two.getReference(), "again"))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("already linked");

        casework.unlink(one.getId(), file.version(), file.links().getFirst().linkId());
        assertThat(casework.open(two.getId()).links()).isEmpty();
        assertThat(casework.open(two.getId()).history()).extracting(CaseEvent::getDescription)
                .contains("Link to " + one.getReference() + " removed");
    }
}
