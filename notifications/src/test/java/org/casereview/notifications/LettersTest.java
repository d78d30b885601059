package org.casereview.notifications;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casereview.DomainConfiguration;
import org.casereview.application.Agency;
import org.casereview.application.ApplicantType;
import org.casereview.application.Application;
import org.casereview.application.ApplicationService;
import org.casereview.application.Channel;
import org.casereview.application.ContactMethod;
import org.casereview.application.NewApplication;
import org.casereview.notifications.outbox.CaseMessages;
import org.casereview.notifications.outbox.Outbox;
import org.casereview.notifications.outbox.OutboxMessage;
import org.casereview.partnership.Partnership;
import org.casereview.partnership.PartnershipService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Applicants who asked for post get letters: PDFs from the same templates, waiting in a print queue. */
@SpringBootTest
class LettersTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    PartnershipService partnerships;
    @Autowired
    Outbox outbox;
    @Autowired
    CaseMessages caseMessages;
    @Autowired
    TransactionTemplate transactions;

    Application applyByPost(String partnershipCode, String email) {
        LocalDate today = LocalDate.now(DomainConfiguration.UK);
        String reference = applications.submit(new NewApplication(partnershipCode, Channel.ONLINE, ApplicantType.VICTIM,
                new NewApplication.Applicant("Morgan Post", "7 Station Road\nWorksop", "S80 2AH", null, email),
                ContactMethod.POST, true,
                List.of(new NewApplication.NewIncident(today.minusDays(5), today.minusDays(5), Agency.POLICE, null,
                        null, "Stones thrown at the door")), null), "Applicant (online)").reference();
        return applications.byReference(reference).orElseThrow();
    }

    OutboxMessage sendAcknowledgement(Application application) {
        return transactions.execute(status -> outbox.toApplicant(application, "application-received",
                "Your application " + application.getReference(), Map.of()).orElseThrow());
    }

    @Test
    void an_applicant_who_asked_for_post_is_not_acknowledged_by_email_but_by_a_letter_an_officer_posts() throws Exception {
        Application application = applyByPost("bassetlaw", "morgan@example.org");
        assertThat(application.getAcknowledgedOn()).isNull();
        assertThat(caseMessages.of(application.getId())).isEmpty();

        OutboxMessage letter = sendAcknowledgement(application);

        assertThat(letter.getChannel()).isEqualTo(OutboxMessage.Channel.LETTER);
        assertThat(letter.getRecipient()).isEqualTo("Morgan Post\n7 Station Road\nWorksop\nS80 2AH");
        assertThat(caseMessages.printQueue(null, PageRequest.of(0, 100)).getContent())
                .anySatisfy(m -> assertThat(m.id()).isEqualTo(letter.getId()));
        // Staff of one partnership see only its letters.
        assertThat(caseMessages.printQueue(application.getPartnership().getId(), PageRequest.of(0, 100)).getContent())
                .anySatisfy(m -> assertThat(m.id()).isEqualTo(letter.getId()));
        long sevenoaks = partnerships.byCode("sevenoaks").orElseThrow().getId();
        assertThat(caseMessages.printQueue(sevenoaks, PageRequest.of(0, 100)).getContent())
                .noneSatisfy(m -> assertThat(m.id()).isEqualTo(letter.getId()));

        String text = pdfText(caseMessages.letterPdf(letter.getId()));
        assertThat(text).contains(application.getReference(), "Morgan Post", "Bassetlaw", "01909 533533");

        caseMessages.markPosted(letter.getId());
        assertThat(caseMessages.of(application.getId())).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo(OutboxMessage.Status.POSTED);
            assertThat(m.deliveredAt()).isNotNull();
        });
        assertThat(caseMessages.printQueue(null, PageRequest.of(0, 100)).getContent())
                .noneSatisfy(m -> assertThat(m.id()).isEqualTo(letter.getId()));
    }

    @ParameterizedTest(name = "the acknowledgement renders for {0}")
    @ValueSource(strings = {"tonbridge-malling", "sevenoaks", "folkestone-hythe", "bassetlaw", "newark-sherwood", "test-valley"})
    void the_acknowledgement_renders_in_each_partnerships_name_as_email_and_letter(String code) throws Exception {
        Partnership partnership = partnerships.byCode(code).orElseThrow();
        Application application = applyByPost(code, null);

        var preview = outbox.preview(application, "application-received", Map.of());

        assertThat(preview.html()).contains(partnership.getName(), partnership.getCsuPhone(), application.getReference());
        assertThat(preview.text()).contains(partnership.getName(), partnership.getCsuEmail(), application.getReference())
                .doesNotContain("<");
        assertThat(pdfText(caseMessages.letterPdf(sendAcknowledgement(application).getId())))
                .contains(partnership.getName(), application.getReference());
    }

    static String pdfText(byte[] pdf) throws Exception {
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
