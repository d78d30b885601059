package org.casereview.notifications;

import org.casereview.DomainConfiguration;
import org.casereview.application.AcknowledgementMethod;
import org.casereview.application.Agency;
import org.casereview.application.ApplicantType;
import org.casereview.application.Application;
import org.casereview.application.ApplicationService;
import org.casereview.application.Channel;
import org.casereview.application.ContactMethod;
import org.casereview.application.NewApplication;
import org.casereview.casework.CaseworkService;
import org.casereview.decision.DecisionOutcome;
import org.casereview.decision.DecisionService;
import org.casereview.decision.ExclusionKind;
import org.casereview.decision.VerificationOutcome;
import org.casereview.notifications.outbox.OutboxMessage;
import org.casereview.notifications.outbox.OutboxRepository;
import org.casereview.staff.StaffAccount;
import org.casereview.staff.StaffAccountRepository;
import org.casereview.staff.StaffRole;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The messages an officer's acknowledgement and threshold decision write to the outbox, with the change. */
@SpringBootTest
class DecisionMessagesTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    CaseworkService casework;
    @Autowired
    DecisionService decisions;
    @Autowired
    OutboxRepository outbox;
    @Autowired
    StaffAccountRepository accounts;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    org.casereview.notifications.letters.LetterRenderer letterRenderer;

    static final LocalDate TODAY = LocalDate.now(DomainConfiguration.UK);

    @BeforeEach
    void signInAsAnOfficer() {
        String username = "officer-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.save(new StaffAccount(username, "Olu Officer", "{noop}x", EnumSet.of(StaffRole.CASE_OFFICER), null,
                false));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_CASE_OFFICER"))));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    Application phoned(String partnership, @Nullable String email, int... daysAgo) {
        var incidents = java.util.Arrays.stream(daysAgo).mapToObj(days -> new NewApplication.NewIncident(
                TODAY.minusDays(days + 1L), TODAY.minusDays(days), Agency.POLICE, null, "KP-" + days,
                "Stones thrown at the window <b>again</b>")).toList();
        var submitted = applications.submit(new NewApplication(partnership, Channel.PHONE, ApplicantType.VICTIM,
                new NewApplication.Applicant("Mo Message", "9 Bank Street", "CT20 1AA", "01303 960000", email),
                email == null ? ContactMethod.POST : ContactMethod.EMAIL, true, incidents, null), "Test intake");
        return applications.byReference(submitted.reference()).orElseThrow();
    }

    List<OutboxMessage> messages(Application application) {
        return outbox.findByApplicationIdOrderByCreatedAtAsc(application.getId());
    }

    Application acknowledged(Application application) {
        casework.acknowledge(application.getId(), application.getVersion(), AcknowledgementMethod.PHONE, null);
        return applications.details(application.getId()).orElseThrow();
    }

    @Test
    void a_phone_application_is_not_e_mailed_until_the_officer_acknowledges_it_by_e_mail() {
        Application application = phoned("folkestone-hythe", "mo@example.org", 5);
        assertThat(messages(application)).isEmpty();

        casework.acknowledge(application.getId(), application.getVersion(), AcknowledgementMethod.EMAIL, null);

        assertThat(messages(application)).singleElement().satisfies(message -> {
            assertThat(message.getTemplate()).isEqualTo("application-received");
            assertThat(message.getRecipient()).isEqualTo("mo@example.org");
            assertThat(message.getBodyText()).contains(application.getReference(), "Folkestone and Hythe");
        });
    }

    @Test
    void an_acknowledgement_by_phone_writes_nothing() {
        Application application = phoned("folkestone-hythe", "mo@example.org", 5);
        casework.acknowledge(application.getId(), application.getVersion(), AcknowledgementMethod.PHONE, null);
        assertThat(messages(application)).isEmpty();
    }

    @Test
    void the_not_met_reply_lists_every_incident_what_the_agency_did_and_how_to_report_again() {
        Application application = acknowledged(phoned("tonbridge-malling", "mo@example.org", 50, 10));
        long first = application.getIncidents().get(0).getId();
        decisions.recordVerification(application.getId(), application.getVersion(), first,
                VerificationOutcome.CONFIRMED, null, null, "PCSO visited the neighbours & gave a warning", null);
        long version = applications.details(application.getId()).orElseThrow().getVersion();

        decisions.decide(application.getId(), version, DecisionOutcome.NOT_MET, null);

        OutboxMessage reply = messages(application).getLast();
        assertThat(reply.getTemplate()).isEqualTo("threshold-not-met");
        assertThat(reply.getSubject()).contains(application.getReference(), "our decision");
        assertThat(reply.getBodyText())
                .contains("does not meet the threshold".toUpperCase())
                .contains("Incident 1", "Incident 2", "KP-50", "KP-10")
                .contains("Police confirmed this report.", "Action taken: PCSO visited the neighbours & gave a warning")
                .contains("Action taken: The agency did not tell us of any action.")
                .contains("This report counts towards the threshold.")
                .contains("Report anti-social behaviour to Kent Police online or on 101")
                .contains("second stage review")
                .contains("Stones thrown at the window <b>again</b>");
        assertThat(reply.getBodyHtml())
                .contains("PCSO visited the neighbours &amp; gave a warning")
                .contains("Stones thrown at the window &lt;b&gt;again&lt;/b&gt;")
                .doesNotContain("<b>again</b>");
    }

    @Test
    void review_activated_says_what_happens_next_in_the_partnerships_words() {
        Application application = acknowledged(phoned("bassetlaw", "mo@example.org", 30, 20, 10));

        decisions.decide(application.getId(), application.getVersion(), DecisionOutcome.MET, null);

        OutboxMessage message = messages(application).getLast();
        assertThat(message.getTemplate()).isEqualTo("review-activated");
        assertThat(message.getSubject()).contains("a case review will be carried out");
        assertThat(message.getBodyText()).contains("All 3 of your reports count.",
                "Local Multi-Agency Problem Solving group (LMAPS)", "01909 533533");
    }

    @Test
    void an_excluded_case_is_told_why_it_cannot_be_reviewed_yet() {
        Application application = acknowledged(phoned("sevenoaks", "mo@example.org", 30, 20, 10));
        decisions.recordExclusion(application.getId(), application.getVersion(), ExclusionKind.AGENCY_TIMEFRAME,
                "Kent Police", TODAY.plusDays(14), null);
        long version = applications.details(application.getId()).orElseThrow().getVersion();

        decisions.decide(application.getId(), version, DecisionOutcome.EXCLUDED, null);

        assertThat(messages(application).getLast().getBodyText()).contains("WE CANNOT CARRY OUT A CASE REVIEW",
                "Kent Police told you it would take action by");
    }

    @Test
    void without_an_e_mail_address_the_decision_is_a_letter_in_the_print_queue() {
        Application application = acknowledged(phoned("bassetlaw", null, 30, 20, 10));
        decisions.decide(application.getId(), application.getVersion(), DecisionOutcome.MET, null);
        assertThat(messages(application)).singleElement().satisfies(letter -> {
            assertThat(letter.getChannel()).isEqualTo(OutboxMessage.Channel.LETTER);
            assertThat(letter.getStatus()).isEqualTo(OutboxMessage.Status.AWAITING_PRINT);
            assertThat(letter.getRecipient()).startsWith("Mo Message\n9 Bank Street");
            assertThat(letter.getTemplate()).isEqualTo("review-activated");
        });
    }

    @Test
    void the_not_met_reply_prints_as_a_pdf_letter() {
        Application application = acknowledged(phoned("tonbridge-malling", null, 50, 10));
        decisions.decide(application.getId(), application.getVersion(), DecisionOutcome.NOT_MET, null);

        OutboxMessage letter = messages(application).getLast();
        assertThat(letter.getTemplate()).isEqualTo("threshold-not-met");
        byte[] pdf = letterRenderer.pdf(letter.getBodyHtml());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void an_acknowledgement_by_letter_goes_to_the_print_queue() {
        Application application = phoned("folkestone-hythe", "mo@example.org", 5);
        casework.acknowledge(application.getId(), application.getVersion(), AcknowledgementMethod.LETTER, null);
        assertThat(messages(application)).singleElement().satisfies(letter -> {
            assertThat(letter.getChannel()).isEqualTo(OutboxMessage.Channel.LETTER);
            assertThat(letter.getTemplate()).isEqualTo("application-received");
        });
    }

    @Test
    void a_decision_rolled_back_sends_nothing() {
        Application application = acknowledged(phoned("bassetlaw", "mo@example.org", 30, 20, 10));
        transactions.executeWithoutResult(status -> {
            decisions.decide(application.getId(), application.getVersion(), DecisionOutcome.MET, null);
            status.setRollbackOnly();
        });
        assertThat(messages(application)).isEmpty();
    }
}
