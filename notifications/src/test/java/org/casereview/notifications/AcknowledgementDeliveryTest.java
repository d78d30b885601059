package org.casereview.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.casereview.DomainConfiguration;
import org.casereview.application.Agency;
import org.casereview.application.ApplicantType;
import org.casereview.application.ApplicationService;
import org.casereview.application.Channel;
import org.casereview.application.ContactMethod;
import org.casereview.application.NewApplication;
import org.casereview.application.SubmittedApplication;
import org.casereview.notifications.outbox.OutboxMessage;
import org.casereview.notifications.outbox.OutboxRepository;
import org.casereview.notifications.outbox.OutboxSender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/** The acknowledgement reaches a real SMTP server, once, and survives the server being down. */
@SpringBootTest
class AcknowledgementDeliveryTest {

    static final int SMTP_PORT = TestSmtp.freePort();
    static GreenMail smtp = TestSmtp.start(SMTP_PORT);

    @Autowired
    ApplicationService applications;
    @Autowired
    OutboxRepository outbox;
    @Autowired
    OutboxSender sender;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @BeforeEach
    void emptyMailbox() throws Exception {
        sender.deliverDue();
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    static NewApplication application(String email) {
        LocalDate today = LocalDate.now(DomainConfiguration.UK);
        return new NewApplication("folkestone-hythe", Channel.ONLINE, ApplicantType.VICTIM,
                new NewApplication.Applicant("Jo Tester", null, null, null, email), ContactMethod.EMAIL, true,
                List.of(new NewApplication.NewIncident(today.minusDays(3), today.minusDays(2), Agency.COUNCIL, null,
                        null, "Graffiti on the garden wall <script>alert('x')</script>")),
                null);
    }

    @Test
    void the_acknowledgement_arrives_with_the_reference_and_the_partnership_contact_details() throws Exception {
        SubmittedApplication submitted = applications.submit(application("jo@example.org"), "Applicant (online)");

        sender.deliverDue();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("jo@example.org");
        assertThat(received[0].getSubject()).contains(submitted.reference());
        String body = GreenMailUtil.getBody(received[0]);
        assertThat(body).contains(submitted.reference(), "Folkestone and Hythe", "01303 853000");
        assertThat(outbox.findByApplicationIdOrderByCreatedAtAsc(idOf(submitted))).singleElement()
                .satisfies(m -> assertThat(m.getStatus()).isEqualTo(OutboxMessage.Status.SENT));
    }

    @Test
    void a_mail_server_that_is_down_delays_the_message_and_loses_nothing() throws Exception {
        smtp.stop();
        SubmittedApplication submitted;
        try {
            submitted = applications.submit(application("kim@example.org"), "Applicant (online)");
            sender.deliverDue();
            OutboxMessage waiting = outbox.findByApplicationIdOrderByCreatedAtAsc(idOf(submitted)).getFirst();
            assertThat(waiting.getStatus()).isEqualTo(OutboxMessage.Status.PENDING);
            assertThat(waiting.getAttempts()).isEqualTo(1);
            assertThat(waiting.getLastError()).isNotBlank();
            assertThat(waiting.getNextAttemptAt()).isAfter(waiting.getCreatedAt());
        } finally {
            smtp = TestSmtp.start(SMTP_PORT);
        }
        // The back-off has passed.
        jdbc.update("UPDATE outbox_message SET next_attempt_at = created_at WHERE status = 'PENDING'");
        sender.deliverDue();

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(smtp.getReceivedMessages()[0].getSubject()).contains(submitted.reference());
    }

    @Test
    void nothing_is_sent_for_an_application_that_was_rolled_back() {
        long before = outbox.count();
        transactions.executeWithoutResult(status -> {
            applications.submit(application("lee@example.org"), "Applicant (online)");
            status.setRollbackOnly();
        });

        sender.deliverDue();

        assertThat(outbox.count()).isEqualTo(before);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void two_senders_at_once_deliver_each_message_exactly_once() throws Exception {
        for (int i = 0; i < 30; i++) {
            applications.submit(application("many" + i + "@example.org"), "Applicant (online)");
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Void>> senders = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                senders.add(() -> {
                    sender.deliverDue();
                    return null;
                });
            }
            for (var f : pool.invokeAll(senders)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        sender.deliverDue();

        assertThat(smtp.getReceivedMessages()).hasSize(30);
    }

    @Test
    void an_applicant_without_an_email_address_gets_no_email_and_the_application_waits_for_an_officer() {
        NewApplication byPhone = new NewApplication("bassetlaw", Channel.ONLINE, ApplicantType.VICTIM,
                new NewApplication.Applicant("Pat Phone", null, null, "07700 900982", null), ContactMethod.PHONE,
                true, application("x@example.org").incidents(), null);

        SubmittedApplication submitted = applications.submit(byPhone, "Applicant (online)");

        assertThat(submitted.acknowledgedOn()).isNull();
        assertThat(outbox.findByApplicationIdOrderByCreatedAtAsc(idOf(submitted))).isEmpty();
    }

    private long idOf(SubmittedApplication submitted) {
        return applications.byReference(submitted.reference()).orElseThrow().getId();
    }
}
