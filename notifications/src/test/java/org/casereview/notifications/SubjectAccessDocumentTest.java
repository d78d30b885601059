package org.casereview.notifications;

import org.casereview.DomainConfiguration;
import org.casereview.accesslog.CaseAccessLog;
import org.casereview.accesslog.CaseScreen;
import org.casereview.application.Agency;
import org.casereview.application.ApplicantType;
import org.casereview.application.Application;
import org.casereview.application.ApplicationService;
import org.casereview.application.Channel;
import org.casereview.application.ContactMethod;
import org.casereview.application.NewApplication;
import org.casereview.notifications.documents.SubjectAccessDocument;
import org.casereview.notifications.outbox.CaseMessages;
import org.casereview.notifications.outbox.Outbox;
import org.casereview.notifications.outbox.OutboxMessage;
import org.casereview.notifications.outbox.OutboxRepository;
import org.casereview.personaldata.Anonymised;
import org.casereview.staff.StaffAccount;
import org.casereview.staff.StaffAccountRepository;
import org.casereview.staff.StaffRole;
import org.casereview.subjectaccess.SubjectAccessReport;
import org.casereview.subjectaccess.SubjectAccessService;
import org.casereview.subjectaccess.SubjectSearch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The subject access export as one PDF, read back as text; and what an erasure does to the messages a case has had.
 */
@SpringBootTest
class SubjectAccessDocumentTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    SubjectAccessService subjectAccess;
    @Autowired
    SubjectAccessDocument document;
    @Autowired
    CaseAccessLog accessLog;
    @Autowired
    CaseMessages caseMessages;
    @Autowired
    Outbox outbox;
    @Autowired
    OutboxRepository messages;
    @Autowired
    StaffAccountRepository accounts;
    @Autowired
    TransactionTemplate transactions;

    static final LocalDate TODAY = LocalDate.now(DomainConfiguration.UK);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private StaffAccount signIn(StaffRole role) {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        StaffAccount account = accounts.save(new StaffAccount(username, "Sam " + username, "{noop}x",
                EnumSet.of(role), null, false));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
        return account;
    }

    private Application applied(String name, String email) {
        String reference = applications.submit(new NewApplication("sevenoaks", Channel.ONLINE, ApplicantType.VICTIM,
                new NewApplication.Applicant(name, "5 Vine Court\nSevenoaks", "TN13 1HG", "01732 000111", email),
                ContactMethod.EMAIL, true,
                List.of(new NewApplication.NewIncident(TODAY.minusDays(6), TODAY.minusDays(5), Agency.POLICE, null,
                        "KP-77", "Bins set alight <b>twice</b>")), null), "Applicant (online)").reference();
        return applications.byReference(reference).orElseThrow();
    }

    @Test
    void the_export_is_one_pdf_with_every_case_field_message_history_entry_and_who_looked() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Application application = applied("Petra Pdf" + tag, "petra." + tag + "@example.org");
        StaffAccount officer = signIn(StaffRole.CASE_OFFICER);
        accessLog.opened(application.getId(), CaseScreen.CASE);

        signIn(StaffRole.ADMINISTRATOR);
        long searchId = subjectAccess.search(new SubjectSearch(null, "petra." + tag + "@example.org", null, null));
        SubjectAccessReport report = subjectAccess.export(searchId, List.of(application.getId()));
        String text = LettersTest.pdfText(document.pdf(report)).replaceAll("\\s+", " ");

        assertThat(text).contains("Information held about a person", "e-mail petra." + tag + "@example.org",
                "Case " + application.getReference(), "Applicant's name Petra Pdf" + tag,
                "Applicant's address 5 Vine Court Sevenoaks", "Applicant's phone 01732 000111",
                "What happened Bins set alight <b>twice</b>", "Agency's reference KP-77",
                "Messages sent", "We have received your ASB Case Review application " + application.getReference(),
                "To petra." + tag + "@example.org",
                "History", "Application received (Online)", "Who has looked at this case",
                "Who Sam " + officer.getUsername(), "Screen Case", "Found as Applicant (e-mail)");
    }

    @Test
    void an_erasure_removes_the_words_and_addresses_of_the_cases_messages_and_cancels_those_not_yet_sent() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Application application = applied("Ed Erased" + tag, "ed." + tag + "@example.org");
        OutboxMessage letter = transactions.execute(status -> outbox.toApplicantBy(OutboxMessage.Channel.LETTER,
                application, "application-received", "Your application " + application.getReference(), Map.of())
                .orElseThrow());
        assertThat(caseMessages.of(application.getId())).hasSize(2);

        signIn(StaffRole.ADMINISTRATOR);
        long searchId = subjectAccess.search(new SubjectSearch("Ed Erased" + tag, null, null, null));
        subjectAccess.erase(searchId, application.getId(), "Erasure request", "The applicant withdrew");

        assertThat(messages.findByApplicationIdOrderByCreatedAtAsc(application.getId())).hasSize(2).allSatisfy(m -> {
            assertThat(m.getRecipient()).isEqualTo("(removed)");
            assertThat(m.getBodyHtml()).isEqualTo(Anonymised.TEXT);
            assertThat(m.getBodyText()).isEqualTo(Anonymised.TEXT);
            assertThat(m.getStatus()).isEqualTo(OutboxMessage.Status.CANCELLED);
            assertThat(m.getSubject()).contains(application.getReference());
        });
        assertThat(caseMessages.printQueue(null, PageRequest.of(0, 500)).getContent())
                .noneSatisfy(m -> assertThat(m.id()).isEqualTo(letter.getId()));
    }
}
