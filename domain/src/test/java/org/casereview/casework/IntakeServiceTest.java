package org.casereview.casework;

import org.casereview.ActionRefusedException;
import org.casereview.TestCases;
import org.casereview.application.AcknowledgementMethod;
import org.casereview.application.Agency;
import org.casereview.application.ApplicantType;
import org.casereview.application.Application;
import org.casereview.application.ApplicationService;
import org.casereview.application.ApplicationStatus;
import org.casereview.application.ApplicationThreshold;
import org.casereview.application.Channel;
import org.casereview.application.ContactMethod;
import org.casereview.application.InvalidApplicationException;
import org.casereview.application.NewApplication;
import org.casereview.application.Receipt;
import org.casereview.deadlines.CaseDeadlines;
import org.casereview.history.CaseEvent;
import org.casereview.partnership.PartnershipRepository;
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

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casereview.TestCases.today;

/** Applications typed in by staff, on the real database, with the real security rules. */
@SpringBootTest
class IntakeServiceTest {

    @Autowired
    IntakeService intake;
    @Autowired
    CaseworkService casework;
    @Autowired
    ApplicationService applications;
    @Autowired
    PartnershipRepository partnerships;
    @Autowired
    TestCases cases;
    @Autowired
    JdbcTemplate jdbc;

    final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    @AfterEach
    void signOut() {
        TestCases.signOut();
    }

    /** A victim applying by phone, with three incidents reported to the police before {@code receivedOn}. */
    static NewApplication byPhone(String partnership, String name, LocalDate receivedOn) {
        List<NewApplication.NewIncident> incidents = List.of(
                incident(receivedOn.minusDays(60)), incident(receivedOn.minusDays(30)), incident(receivedOn.minusDays(8)));
        return new NewApplication(partnership, Channel.PHONE, ApplicantType.VICTIM,
                new NewApplication.Applicant(name, "9 Bridge Street", "S80 2AB", "01909 960 444", null),
                ContactMethod.PHONE, true, incidents, UUID.randomUUID().toString());
    }

    static NewApplication.NewIncident incident(LocalDate reportedOn) {
        return new NewApplication.NewIncident(reportedOn.minusDays(1), reportedOn, Agency.POLICE, null,
                "NP-" + reportedOn, "Stones thrown at the windows");
    }

    private List<String> toAcknowledge() {
        return casework.queue(WorkQueue.TO_ACKNOWLEDGE, PageRequest.of(0, 1000)).map(CaseRow::reference).getContent();
    }

    @Test
    void a_phone_application_received_days_ago_gets_deadlines_from_that_day_and_waits_to_be_acknowledged() {
        StaffAccount officer = cases.signIn("bassetlaw", StaffRole.CASE_OFFICER);
        LocalDate receivedOn = calendar.previousWorkingDay(calendar.previousWorkingDay(today()));

        IntakeService.Recorded recorded = intake.record(byPhone("bassetlaw", "Pat Phoned", receivedOn),
                Receipt.directly(receivedOn));

        Application application = cases.reload(casework.open(recorded.caseId()).application());
        var policy = partnerships.findByCode("bassetlaw").orElseThrow().policy();
        CaseDeadlines expected = CaseDeadlines.forApplication(policy, calendar, false, receivedOn, null);
        assertThat(application.getReceivedOn()).isEqualTo(receivedOn);
        assertThat(application.getChannel()).isEqualTo(Channel.PHONE);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.RECEIVED);
        assertThat(application.getAcknowledgedOn()).isNull();
        assertThat(application.getAcknowledgementDue()).isEqualTo(expected.acknowledgementDue())
                .isEqualTo(recorded.acknowledgementDue());
        assertThat(application.getDecisionDue()).isEqualTo(expected.decisionDue());
        assertThat(application.getRecordedBy()).isEqualTo("Test " + officer.getUsername() + " ("
                + officer.getUsername() + ")");
        assertThat(application.getRecordedAt()).isNotNull();
        // The six months of the threshold run back from the day it was received, not the day it was typed in.
        assertThat(ApplicationThreshold.assess(application).applicationDate()).isEqualTo(receivedOn);
        assertThat(toAcknowledge()).contains(recorded.reference());
        List<CaseEvent> history = casework.open(recorded.caseId()).history();
        assertThat(history).singleElement().satisfies(event -> {
            assertThat(event.getActor()).isEqualTo(application.getRecordedBy());
            assertThat(event.getDescription()).startsWith("Application received (Telephone) on ")
                    .contains("recorded by " + application.getRecordedBy());
        });
    }

    @Test
    void acknowledging_a_back_dated_application_counts_the_decision_from_the_day_it_arrived() {
        cases.signIn("newark-sherwood", StaffRole.CASE_OFFICER);
        LocalDate receivedOn = today().minusDays(9);
        IntakeService.Recorded recorded = intake.record(byPhone("newark-sherwood", "Rory Received", receivedOn),
                Receipt.directly(receivedOn));
        Application application = casework.open(recorded.caseId()).application();

        casework.acknowledge(recorded.caseId(), application.getVersion(), AcknowledgementMethod.PHONE, null);

        // Newark and Sherwood count the 25 working days from receipt.
        assertThat(cases.reload(application).getDecisionDue())
                .isEqualTo(calendar.plusWorkingDays(receivedOn, 25));
        assertThat(cases.reload(application).getAcknowledgedOn()).isEqualTo(today());
    }

    @Test
    void an_application_forwarded_by_an_agency_names_it() {
        cases.signIn(null, StaffRole.MANAGER);
        NewApplication forwarded = withChannel(byPhone("test-valley", "Fay Forwarded", today()),
                Channel.PARTNER_AGENCY);

        assertThat(problems(() -> intake.record(forwarded, Receipt.directly(today()))))
                .containsExactly("forwardedBy: Select the agency that forwarded the application");
        assertThat(problems(() -> intake.record(forwarded, new Receipt(today(), Agency.OTHER, " "))))
                .containsExactly("forwardedByName: Enter the name of the organisation that forwarded the application");

        IntakeService.Recorded recorded = intake.record(forwarded,
                new Receipt(today(), Agency.HOUSING_PROVIDER, "Aster Homes"));
        Application application = casework.open(recorded.caseId()).application();
        assertThat(application.getForwardedBy()).isEqualTo(Agency.HOUSING_PROVIDER);
        assertThat(application.forwardedByLabel()).isEqualTo("Housing provider or landlord (Aster Homes)");
        assertThat(casework.open(recorded.caseId()).history().getFirst().getDescription())
                .contains("Forwarded by a partner agency", "forwarded by Housing provider or landlord (Aster Homes)");
    }

    @Test
    void an_anonymous_application_is_refused_and_says_why_and_nothing_is_stored() {
        cases.signIn(null, StaffRole.CASE_OFFICER);
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM application", Integer.class);
        NewApplication anonymous = new NewApplication("bassetlaw", Channel.PHONE, ApplicantType.VICTIM,
                new NewApplication.Applicant(" ", null, null, null, null), ContactMethod.PHONE, true,
                List.of(incident(today().minusDays(3))), null);

        assertThat(problems(() -> intake.record(anonymous, Receipt.directly(today())))).containsExactly(
                "name: Enter the applicant's full name. Anonymous applications are not accepted",
                "contact: Give at least one way to contact the applicant: an email address, a phone number or a "
                        + "postal address. Anonymous applications are not accepted",
                "contactChannels: Phone is ticked but no phone number is given. Add one to the applicant's "
                        + "details, or untick phone");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM application", Integer.class)).isEqualTo(before);
    }

    @Test
    void the_date_received_must_be_a_real_day_not_in_the_future_and_not_before_the_incidents() {
        cases.signIn(null, StaffRole.CASE_OFFICER);
        NewApplication application = byPhone("sevenoaks", "Dee Dates", today());

        assertThat(problems(() -> intake.record(application, Receipt.directly(null))))
                .containsExactly("receivedOn: Enter the date the application was received");
        assertThat(problems(() -> intake.record(application, Receipt.directly(today().plusDays(1)))))
                .containsExactly("receivedOn: The date received must be today or in the past");
        assertThat(problems(() -> intake.record(application, Receipt.directly(LocalDate.of(2014, 10, 19)))))
                .containsExactly("receivedOn: The date received must be on or after 20 October 2014, when the "
                        + "Community Trigger began");
        // The last incident was reported 8 days ago: the application cannot have arrived before that.
        LocalDate tooEarly = today().minusDays(10);
        assertThat(problems(() -> intake.record(application, Receipt.directly(tooEarly))))
                .singleElement().asString().startsWith("incidents[2].reportedOn: The date it was reported must be "
                        + "on or before the date the application was received");
    }

    @Test
    void online_is_not_a_channel_staff_record_and_the_portals_checks_apply_in_staff_words() {
        cases.signIn(null, StaffRole.CASE_OFFICER);
        NewApplication online = withChannel(byPhone("sevenoaks", "Olly Online", today()), Channel.ONLINE);
        assertThat(problems(() -> intake.record(online, Receipt.directly(today()))))
                .containsExactly("channel: Select how the application was received");

        NewApplication base = byPhone("sevenoaks", "Vic Checks", today());
        NewApplication noConsent = new NewApplication(base.partnershipCode(), base.channel(), base.applicantType(),
                new NewApplication.Applicant("Vic Checks", null, null, "12345", "not-an-email"),
                ContactMethod.PHONE, false, List.of(), null);
        assertThat(problems(() -> intake.record(noConsent, Receipt.directly(today())))).containsExactly(
                "email: Enter an email address in the correct format, like name@example.com",
                "phone: Enter a UK phone number, like 01632 960 001 or 07700 900 982",
                "incidents: Add at least one incident that was reported",
                "consentToShare: Confirm that the applicant agrees to their information being shared with the "
                        + "partner agencies. Without it there can be no case review: tell them about each agency's "
                        + "own complaints procedure");
    }

    @Test
    void staff_record_only_for_their_own_partnership_and_only_case_officers_and_managers_record() {
        cases.signIn("tonbridge-malling", StaffRole.CASE_OFFICER);
        assertThat(intake.partnerships()).extracting(p -> p.getCode()).containsExactly("tonbridge-malling");
        assertThatThrownBy(() -> intake.record(byPhone("sevenoaks", "Sam Scope", today()),
                Receipt.directly(today())))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("not for Sevenoaks");

        cases.signIn(null, StaffRole.MANAGER);
        assertThat(intake.partnerships()).hasSize((int) partnerships.count());

        for (StaffRole role : List.of(StaffRole.ADMINISTRATOR, StaffRole.PANEL_MEMBER, StaffRole.PARTNER_AGENCY)) {
            cases.signIn(null, role);
            assertThatThrownBy(() -> intake.record(byPhone("sevenoaks", "Sam Scope", today()),
                    Receipt.directly(today()))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> applications.record(byPhone("sevenoaks", "Sam Scope", today()),
                    Receipt.directly(today()), "someone")).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void recording_twice_with_the_same_key_stores_one_application() {
        cases.signIn(null, StaffRole.CASE_OFFICER);
        NewApplication application = byPhone("folkestone-hythe", "Dan Double", today());

        IntakeService.Recorded first = intake.record(application, Receipt.directly(today()));
        IntakeService.Recorded second = intake.record(application, Receipt.directly(today()));

        assertThat(second.caseId()).isEqualTo(first.caseId());
    }

    private static NewApplication withChannel(NewApplication a, Channel channel) {
        return new NewApplication(a.partnershipCode(), channel, a.applicantType(), a.applicant(),
                a.preferredContact(), a.consentToShare(), a.incidents(), a.submissionKey(), a.representation(),
                a.circumstances(), a.impact(), a.contactPreferences(), a.declaration());
    }

    /** The problems a refused call reports, as "field: message". */
    private static List<String> problems(Runnable call) {
        try {
            call.run();
        } catch (InvalidApplicationException e) {
            return e.problems().stream().map(p -> p.field() + ": " + p.message()).toList();
        }
        throw new AssertionError("The application was stored");
    }
}
