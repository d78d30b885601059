package org.casereview.notifications;

import org.casereview.DomainConfiguration;
import org.casereview.application.Agency;
import org.casereview.application.ApplicantType;
import org.casereview.application.Application;
import org.casereview.application.ApplicationService;
import org.casereview.application.Channel;
import org.casereview.application.ContactMethod;
import org.casereview.application.NewApplication;
import org.casereview.applicantaccess.ApplicantAccess;
import org.casereview.applicantaccess.ApplicantPass;
import org.casereview.notifications.letters.AccessCodeLetters;
import org.casereview.notifications.outbox.ApplicantMessages;
import org.casereview.notifications.outbox.CaseMessages;
import org.casereview.notifications.outbox.Outbox;
import org.casereview.notifications.outbox.OutboxMessage;
import org.casereview.notifications.outbox.OutboxRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The security code e-mail, the messages an applicant may read again on the portal, and the access code letter. */
@SpringBootTest
class ApplicantMessagesTest {

    private static final Pattern CODE = Pattern.compile("Your security code is: (\\d{6})");

    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicantAccess access;
    @Autowired
    ApplicantMessages applicantMessages;
    @Autowired
    CaseMessages caseMessages;
    @Autowired
    AccessCodeLetters accessCodeLetters;
    @Autowired
    Outbox outbox;
    @Autowired
    OutboxRepository outboxMessages;
    @Autowired
    TransactionTemplate transactions;

    private Application apply(String email, ContactMethod preferred) {
        LocalDate today = LocalDate.now(DomainConfiguration.UK);
        String reference = applications.submit(new NewApplication("bassetlaw", Channel.ONLINE, ApplicantType.VICTIM,
                new NewApplication.Applicant("Morgan Reader", "7 Station Road\nWorksop", "S80 2AH", null, email),
                preferred, true, List.of(new NewApplication.NewIncident(today.minusDays(5), today.minusDays(5),
                Agency.POLICE, null, null, "Stones thrown at the door")), null), "Applicant (online)").reference();
        return applications.byReference(reference).orElseThrow();
    }

    private OutboxMessage newestTo(String recipient) {
        return outboxMessages.findAll().stream().filter(m -> m.getRecipient().equals(recipient))
                .max(Comparator.comparing(OutboxMessage::getId)).orElseThrow();
    }

    /** Signs in as the applicant the way the portal does: a code by e-mail, read from the outbox. */
    private ApplicantPass signInAs(Application application) {
        ApplicantAccess.CodeRequest request = access.requestSecurityCode(application.getReference(),
                application.getApplicantEmail(), "client-" + UUID.randomUUID());
        Matcher code = CODE.matcher(newestTo(application.getApplicantEmail()).getBodyText());
        assertThat(code.find()).isTrue();
        return access.enterSecurityCode(request.challenge(), code.group(1)).pass();
    }

    @Test
    void the_security_code_goes_to_the_outbox_as_a_secret_not_listed_with_the_case() {
        String email = "code." + UUID.randomUUID() + "@example.org";
        Application application = apply(email, ContactMethod.EMAIL);
        int before = caseMessages.of(application.getId()).size();

        access.requestSecurityCode(application.getReference(), email, "client-" + UUID.randomUUID());

        OutboxMessage message = newestTo(email);
        assertThat(message.getTemplate()).isEqualTo("security-code");
        assertThat(message.getApplicationId()).isNull();
        assertThat(message.isRedactAfterSending()).isTrue();
        assertThat(message.getBodyText()).containsPattern(CODE).contains(application.getReference(), "15 minutes",
                "Bassetlaw Community Safety Unit", "01909 533533");
        assertThat(message.getBodyHtml()).contains("15</span> minutes");
        assertThat(caseMessages.of(application.getId())).hasSize(before);
    }

    @Test
    void the_applicant_reads_their_own_letters_and_e_mails_but_not_what_went_to_agencies_or_other_cases() throws Exception {
        String email = "reader." + UUID.randomUUID() + "@example.org";
        Application application = apply(email, ContactMethod.EMAIL);
        Application other = apply("other." + UUID.randomUUID() + "@example.org", ContactMethod.EMAIL);
        OutboxMessage letter = transactions.execute(status -> outbox.toApplicantBy(OutboxMessage.Channel.LETTER,
                application, "application-received", "Your application by post", Map.of()).orElseThrow());
        OutboxMessage toAgency = outboxMessages.save(new OutboxMessage(application.getId(), "information-request",
                OutboxMessage.Channel.EMAIL, "asb@police.example", "Information requested: internal",
                "<p>Police eyes only</p>", "Police eyes only", Instant.now()));
        long otherCasesMessage = caseMessages.of(other.getId()).getFirst().id();
        ApplicantPass pass = signInAs(application);

        List<ApplicantMessages.SentMessage> listed = applicantMessages.of(pass);

        assertThat(listed).extracting(ApplicantMessages.SentMessage::subject)
                .containsExactly("Your application by post",
                        "We have received your ASB Case Review application " + application.getReference());
        assertThat(listed).extracting(ApplicantMessages.SentMessage::id).doesNotContain(toAgency.getId());
        assertThat(applicantMessages.read(pass, letter.getId())).hasValueSatisfying(read ->
                assertThat(read.text()).contains("Dear Morgan Reader", application.getReference()));
        assertThat(LettersTest.pdfText(applicantMessages.pdf(pass, letter.getId()).orElseThrow()))
                .contains(application.getReference());
        assertThat(applicantMessages.read(pass, toAgency.getId())).isEmpty();
        assertThat(applicantMessages.pdf(pass, toAgency.getId())).isEmpty();
        assertThat(applicantMessages.read(pass, otherCasesMessage)).isEmpty();
    }

    @Test
    void the_access_code_letter_carries_the_code_and_where_to_use_it() throws Exception {
        Application application = apply(null, ContactMethod.POST);

        String text = LettersTest.pdfText(accessCodeLetters.pdf(application.getId(), "K7MF-29XQ-HV4C"));

        assertThat(text).contains("K7MF-29XQ-HV4C", application.getReference(), "Morgan Reader", "S80 2AH",
                "http://localhost:8080/check/access-code", "Bassetlaw");
    }
}
