package org.casereview.notifications;

import com.icegreen.greenmail.util.GreenMail;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casereview.application.Application;
import org.casereview.application.ApplicationStatus;
import org.casereview.history.CaseEvent;
import org.casereview.history.CaseHistory;
import org.casereview.notifications.letters.LetterRenderer;
import org.casereview.notifications.outbox.CaseMessages;
import org.casereview.notifications.outbox.Outbox;
import org.casereview.notifications.outbox.OutboxMessage;
import org.casereview.notifications.outbox.OutboxRepository;
import org.casereview.notifications.outbox.OutboxSender;
import org.casereview.partnership.Partnership;
import org.casereview.partnership.PartnershipRepository;
import org.casereview.review.InformationRequest;
import org.casereview.review.InformationRequestRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.notifications.ReviewJourney.today;
import static org.casereview.threshold.ThresholdWording.date;

/**
 * The case review's messages to applicants and agencies, delivered to a real SMTP server (GreenMail): each template for
 * each seeded partnership arrives with its content, letters read back from their PDF, a mail server that is down
 * loses nothing, a rolled-back step sends nothing, and a reminder goes once however many servers run the job.
 */
@SpringBootTest
class ReviewMessagesDeliveryTest {

    static final int SMTP_PORT = TestSmtp.freePort();
    static GreenMail smtp = TestSmtp.start(SMTP_PORT);
    static final String BACK_OFFICE = "https://casereview.example.gov.uk";

    static final List<String> PARTNERSHIPS = List.of("tonbridge-malling", "sevenoaks", "folkestone-hythe",
            "bassetlaw", "newark-sherwood", "test-valley");
    static final List<String> APPLICANT_TEMPLATES = List.of(MessageContent.OUTCOME, MessageContent.DELAY_NOTICE,
            MessageContent.FINAL_REVIEW, MessageContent.SECOND_STAGE_RECEIVED, MessageContent.SECOND_STAGE_DECIDED,
            MessageContent.CASE_CLOSED);
    static final List<String> AGENCY_TEMPLATES = List.of(MessageContent.INFORMATION_REQUEST,
            MessageContent.INFORMATION_REMINDER, MessageContent.RECOMMENDATION);

    /** One case per partnership taken through every step, built the first time a test needs it. */
    static final Map<String, Journey> JOURNEYS = new ConcurrentHashMap<>();

    /** A case's messages as stored and as the SMTP server received them, by template. */
    record Journey(Application application, Partnership partnership, List<OutboxMessage> stored,
                   Map<Long, ReceivedMail> received) {

        List<OutboxMessage> of(String template) {
            return stored.stream().filter(m -> m.getTemplate().equals(template)).toList();
        }

        ReceivedMail mail(OutboxMessage message) {
            ReceivedMail mail = received.get(message.getId());
            assertThat(mail).as("message %s (%s) arrived", message.getId(), message.getTemplate()).isNotNull();
            return mail;
        }
    }

    @Autowired
    ReviewJourney journey;
    @Autowired
    AgencyReminders reminders;
    @Autowired
    OutboxRepository outbox;
    @Autowired
    OutboxSender sender;
    @Autowired
    CaseMessages caseMessages;
    @Autowired
    LetterRenderer letters;
    @Autowired
    PartnershipRepository partnerships;
    @Autowired
    InformationRequestRepository requests;
    @Autowired
    CaseHistory history;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("casereview.backoffice.url", () -> BACK_OFFICE + "/");
        registry.add("casereview.reminders.days-before-due", () -> 3);
    }

    @BeforeEach
    void emptyMailbox() throws Exception {
        sender.deliverDue();
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void signOut() {
        ReviewJourney.signOut();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    static Stream<Arguments> partnershipsAndTemplates() {
        return PARTNERSHIPS.stream().flatMap(code -> Stream.concat(APPLICANT_TEMPLATES.stream(),
                AGENCY_TEMPLATES.stream()).map(template -> Arguments.of(code, template)));
    }

    @ParameterizedTest(name = "{1} for {0}")
    @MethodSource("partnershipsAndTemplates")
    void each_message_arrives_in_the_partnerships_name_with_what_it_must_say(String code, String template) {
        Journey journey = journey(code);
        Partnership partnership = journey.partnership();
        String reference = journey.application().getReference();
        List<OutboxMessage> messages = journey.of(template);
        assertThat(messages).as("messages written from %s", template).isNotEmpty();

        for (OutboxMessage message : messages) {
            assertThat(message.getStatus()).isEqualTo(OutboxMessage.Status.SENT);
            ReceivedMail mail = journey.mail(message);
            assertThat(mail.to()).isEqualTo(message.getRecipient());
            assertThat(mail.subject()).contains(reference);
            for (String part : List.of(mail.text(), mail.html())) {
                assertThat(part).contains(reference, partnership.getName(), partnership.getCsuPhone(),
                        partnership.getCsuEmail());
            }
            assertThat(lower(mail.text())).contains(lower(expected(journey, template, message)));
            assertThat(mail.text()).doesNotContain("<p", "[(", "${");
        }
        if (AGENCY_TEMPLATES.contains(template)) {
            assertThat(messages).allSatisfy(m -> assertThat(m.getRecipient()).endsWith("." + code + "@example.org"));
        } else {
            assertThat(messages).singleElement().satisfies(m ->
                    assertThat(m.getRecipient()).isEqualTo(applicantEmail(code)));
        }
    }

    @ParameterizedTest(name = "{1} as a letter for {0}")
    @MethodSource("applicantLetters")
    void each_applicant_message_prints_as_a_letter_whose_text_reads_back(String code, String template)
            throws Exception {
        Journey journey = journey(code);
        OutboxMessage message = journey.of(template).getFirst();

        byte[] pdf = letters.pdf(message.getBodyHtml(), CaseMessages.letterhead(journey.partnership(),
                Outbox.postalAddress(journey.application()).orElseThrow(), today()));

        String text = normalised(pdfText(pdf));
        assertThat(text).contains(journey.application().getReference(), journey.partnership().getName(),
                ReviewJourney.APPLICANT, ReviewJourney.ADDRESS, ReviewJourney.POSTCODE, date(today()));
        // A table cell's words wrap beside the next cell's: look for the start of an action's description only.
        String[] wanted = Arrays.stream(expected(journey, template, message))
                .map(e -> e.equals(ReviewJourney.ACTION) ? "Joint visit to the neighbour" : e).toArray(String[]::new);
        assertThat(lower(text)).contains(lower(wanted));
    }

    static Stream<Arguments> applicantLetters() {
        return PARTNERSHIPS.stream().flatMap(code -> APPLICANT_TEMPLATES.stream().map(t -> Arguments.of(code, t)));
    }

    @Test
    void agencies_get_the_case_reference_and_what_to_do_but_nothing_personal_about_the_applicant() {
        Journey journey = journey("sevenoaks");
        List<OutboxMessage> toAgencies = journey.stored().stream()
                .filter(m -> AGENCY_TEMPLATES.contains(m.getTemplate())).toList();
        assertThat(toAgencies).hasSize(4);

        for (OutboxMessage message : toAgencies) {
            String everything = journey.mail(message).all() + message.getBodyHtml() + message.getBodyText();
            assertThat(everything).contains(journey.application().getReference(), BACK_OFFICE + "/agency")
                    .doesNotContain(ReviewJourney.APPLICANT, "Robin", ReviewJourney.ADDRESS, ReviewJourney.POSTCODE,
                            ReviewJourney.PHONE, applicantEmail("sevenoaks"), ReviewJourney.INCIDENT, "PR-40");
        }
    }

    @Test
    void an_agency_without_an_e_mail_address_is_sent_nothing_and_the_history_says_so() {
        Journey journey = journey("bassetlaw");

        assertThat(journey.stored()).noneSatisfy(m -> assertThat(m.getRecipient()).contains("health"));
        assertThat(history.of(journey.application().getId())).extracting(CaseEvent::getDescription)
                .contains("Information request to Community health team not sent: there is no e-mail address for "
                        + "Community health team on the request. Send it another way.");
    }

    @Test
    void an_applicant_with_no_e_mail_or_postal_address_is_sent_nothing_and_the_history_says_so() {
        Application application = journey.reviewActivated("test-valley", null, null);
        journey.reviewHeld(application, null);
        journey.sendOutcome(application);

        assertThat(outbox.findByApplicationIdOrderByCreatedAtAsc(application.getId()))
                .noneSatisfy(m -> assertThat(m.getTemplate()).isEqualTo(MessageContent.OUTCOME));
        assertThat(history.of(application.getId())).extracting(CaseEvent::getDescription).contains(
                "Outcome of the case review not sent: the applicant has no e-mail or postal address on the case. "
                        + "Tell them another way.",
                "Recommendation to Clarion Housing not sent: there is no e-mail address for Clarion Housing on the "
                        + "recommendation. Send it another way.");
    }

    @Test
    void an_applicant_who_asked_for_post_gets_the_outcome_as_a_letter_addressed_for_a_window_envelope()
            throws Exception {
        Application application = journey.reviewActivated("newark-sherwood", null, ReviewJourney.ADDRESS);
        journey.reviewHeld(application, null);
        journey.sendOutcome(application);

        OutboxMessage letter = outbox.findByApplicationIdOrderByCreatedAtAsc(application.getId()).stream()
                .filter(m -> m.getTemplate().equals(MessageContent.OUTCOME)).findFirst().orElseThrow();
        assertThat(letter.getChannel()).isEqualTo(OutboxMessage.Channel.LETTER);
        assertThat(letter.getStatus()).isEqualTo(OutboxMessage.Status.AWAITING_PRINT);
        String text = normalised(pdfText(caseMessages.letterPdf(letter.getId())));
        assertThat(text).contains("Castle House", "Newark", "NG24 1BY", ReviewJourney.APPLICANT,
                ReviewJourney.ADDRESS, ReviewJourney.POSTCODE, date(today()), ReviewJourney.FINDINGS,
                ReviewJourney.RECOMMENDATION, application.getReference());
    }

    @Test
    void a_mail_server_that_is_down_when_the_outcome_is_sent_delays_it_and_loses_nothing() throws Exception {
        Application application = journey.reviewActivated("folkestone-hythe", "down@example.org",
                ReviewJourney.ADDRESS);
        journey.reviewHeld(application, "landlord.down@example.org");
        emptyMailbox();

        smtp.stop();
        try {
            journey.sendOutcome(application);
            sender.deliverDue();

            assertThat(journey.reload(application).getStatus()).isEqualTo(ApplicationStatus.OUTCOME_SENT);
            OutboxMessage waiting = outcomeOf(application);
            assertThat(waiting.getStatus()).isEqualTo(OutboxMessage.Status.PENDING);
            assertThat(waiting.getAttempts()).isEqualTo(1);
            assertThat(waiting.getLastError()).isNotBlank();
        } finally {
            smtp = TestSmtp.start(SMTP_PORT);
        }
        // The back-off has passed.
        jdbc.update("UPDATE outbox_message SET next_attempt_at = created_at WHERE status = 'PENDING'");
        sender.deliverDue();
        sender.deliverDue();

        List<ReceivedMail> received = Arrays.stream(smtp.getReceivedMessages()).map(ReceivedMail::of).toList();
        assertThat(received).filteredOn(m -> m.to().equals("down@example.org")).singleElement()
                .satisfies(m -> assertThat(m.text()).contains(ReviewJourney.FINDINGS));
        assertThat(received).filteredOn(m -> m.to().equals("landlord.down@example.org")).hasSize(1);
        assertThat(outcomeOf(application).getStatus()).isEqualTo(OutboxMessage.Status.SENT);
    }

    @Test
    void an_outcome_that_is_rolled_back_sends_nothing() throws Exception {
        Application application = journey.reviewActivated("tonbridge-malling", "rollback@example.org",
                ReviewJourney.ADDRESS);
        journey.reviewHeld(application, "landlord.rollback@example.org");
        List<OutboxMessage> before = outbox.findByApplicationIdOrderByCreatedAtAsc(application.getId());
        emptyMailbox();

        transactions.executeWithoutResult(status -> {
            journey.sendOutcome(application);
            status.setRollbackOnly();
        });
        sender.deliverDue();

        assertThat(journey.reload(application).getStatus()).isEqualTo(ApplicationStatus.REVIEW_HELD);
        assertThat(outbox.findByApplicationIdOrderByCreatedAtAsc(application.getId())).hasSameSizeAs(before);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void two_reminder_jobs_at_once_remind_each_agency_once() throws Exception {
        Application application = journey.reviewActivated("sevenoaks", "reminded@example.org",
                ReviewJourney.ADDRESS);
        List<InformationRequest> asked = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            InformationRequest request = journey.requestInformation(application, "Agency " + i,
                    "agency" + i + ".reminders@example.org", today().plusDays(20));
            journey.backdate(request, 5, today().plusDays(i % 4));
            asked.add(request);
        }
        InformationRequest notYet = journey.requestInformation(application, "Later agency",
                "later.reminders@example.org", today().plusDays(20));
        emptyMailbox();

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Integer> claimed = new ArrayList<>();
        try {
            List<Callable<Integer>> jobs = List.of(() -> {
                start.await();
                return reminders.remindDue();
            }, () -> {
                start.await();
                return reminders.remindDue();
            });
            List<Future<Integer>> runs = jobs.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<Integer> run : runs) {
                claimed.add(run.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(reminders.remindDue()).as("a third run finds nothing left").isZero();
        sender.deliverDue();

        assertThat(claimed.stream().mapToInt(Integer::intValue).sum()).isEqualTo(asked.size());
        List<OutboxMessage> reminderMessages = outbox.findByApplicationIdOrderByCreatedAtAsc(application.getId())
                .stream().filter(m -> m.getTemplate().equals(MessageContent.INFORMATION_REMINDER)).toList();
        assertThat(reminderMessages).extracting(OutboxMessage::getRecipient).doesNotHaveDuplicates()
                .hasSize(asked.size()).doesNotContain("later.reminders@example.org");
        List<String> mailedTo = Arrays.stream(smtp.getReceivedMessages()).map(ReceivedMail::of)
                .filter(m -> m.subject().startsWith("Reminder:")).map(ReceivedMail::to).toList();
        assertThat(mailedTo).doesNotHaveDuplicates().hasSize(asked.size());
        for (InformationRequest request : asked) {
            InformationRequest now = requests.findById(request.getId()).orElseThrow();
            assertThat(now.getRemindedOn()).isEqualTo(today());
            assertThat(now.getVersion()).as("the agency's open page still saves").isEqualTo(request.getVersion());
        }
        assertThat(requests.findById(notYet.getId()).orElseThrow().getRemindedOn()).isNull();
        assertThat(history.of(application.getId())).extracting(CaseEvent::getKind)
                .filteredOn("REMINDER_SENT"::equals).hasSize(asked.size());
    }

    private OutboxMessage outcomeOf(Application application) {
        return outbox.findByApplicationIdOrderByCreatedAtAsc(application.getId()).stream()
                .filter(m -> m.getTemplate().equals(MessageContent.OUTCOME)).findFirst().orElseThrow();
    }

    /** Takes one case of the partnership through every step and delivers what it wrote. */
    private Journey journey(String code) {
        synchronized (JOURNEYS) {
            Journey built = JOURNEYS.get(code);
            if (built != null) {
                return built;
            }
            Application application = journey.reviewActivated(code, applicantEmail(code), ReviewJourney.ADDRESS);
            InformationRequest police = journey.requestInformation(application, "Neighbourhood policing team",
                    "police." + code + "@example.org", today().plusDays(10));
            InformationRequest health = journey.requestInformation(application, "Community health team", null,
                    today().plusDays(10));
            journey.backdate(police, 7, today().plusDays(2));
            reminders.remindDue();
            journey.backdate(health, 20, today().minusDays(1));
            journey.delay(application);
            journey.reviewHeld(application, "housing." + code + "@example.org");
            journey.sendOutcome(application);
            journey.finalReviewKeptOpen(application);
            journey.appeal(application);
            journey.appealPartlyUpheld(application, "patrols." + code + "@example.org");
            journey.close(application);
            sender.deliverDue();

            Map<Long, ReceivedMail> received = Arrays.stream(smtp.getReceivedMessages()).map(ReceivedMail::of)
                    .collect(Collectors.toMap(m -> Long.parseLong(m.messageId().replaceAll("<outbox-(\\d+)@.*", "$1")),
                            m -> m, (a, b) -> a));
            built = new Journey(journey.reload(application), partnerships.findByCode(code).orElseThrow(),
                    outbox.findByApplicationIdOrderByCreatedAtAsc(application.getId()), received);
            JOURNEYS.put(code, built);
            return built;
        }
    }

    /** What each template must say, beyond the partnership's contact details and the reference. */
    private static String[] expected(Journey journey, String template, OutboxMessage message) {
        Partnership partnership = journey.partnership();
        return switch (template) {
            case MessageContent.OUTCOME -> new String[]{ReviewJourney.FINDINGS,
                    "did not provide it, and the panel has recorded this in its findings: Community health team",
                    "To Clarion Housing", ReviewJourney.RECOMMENDATION, ReviewJourney.ACTION,
                    date(today().plusDays(14)), date(today().plusMonths(6)), "ask for a second-stage review",
                    normalised(partnership.getQueryWording()), "with the police, Clarion Housing and the council"};
            case MessageContent.DELAY_NOTICE -> new String[]{ReviewJourney.DELAY_REASON,
                    "Your case officer is Olu Officer", "We will send you the outcome by"};
            case MessageContent.FINAL_REVIEW -> new String[]{ReviewJourney.RESULT, ReviewJourney.ACTION,
                    "Not started", "Your case stays open", date(today().plusMonths(3))};
            case MessageContent.SECOND_STAGE_RECEIVED -> new String[]{"You told us you are unhappy with the outcome",
                    "independent panel", "elected member of the council"};
            case MessageContent.SECOND_STAGE_DECIDED -> new String[]{"THE PANEL'S DECISION: PARTLY UPHELD",
                    ReviewJourney.APPEAL_REASONS, "To The police", ReviewJourney.NEW_RECOMMENDATION,
                    "Office of the Police and Crime Commissioner",
                    partnership.getPccContact().lines().findFirst().orElseThrow(),
                    partnership.getPccContact().lines().skip(2).findFirst().orElseThrow()};
            case MessageContent.CASE_CLOSED -> new String[]{"We have closed your", ReviewJourney.CLOSE_REASON};
            case MessageContent.INFORMATION_REQUEST -> new String[]{"Every report about the flat since January",
                    "By " + date(today().plusDays(10)), BACK_OFFICE + "/agency", "vexatious"};
            case MessageContent.INFORMATION_REMINDER -> new String[]{"This is a reminder",
                    "It is due by " + date(today().plusDays(2)), BACK_OFFICE + "/agency"};
            case MessageContent.RECOMMENDATION -> new String[]{"section 104", "have regard",
                    message.getRecipient().startsWith("housing") ? ReviewJourney.RECOMMENDATION
                            : ReviewJourney.NEW_RECOMMENDATION, BACK_OFFICE + "/agency"};
            default -> throw new IllegalArgumentException(template);
        };
    }

    static String applicantEmail(String code) {
        return "robin." + code + "@example.org";
    }

    /** Text with every run of white space as one space, so a sentence reads the same however it was wrapped. */
    static String normalised(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /** Headings are capitals in the plain text and not in the HTML: compare words, not case or wrapping. */
    static String lower(String text) {
        return normalised(text).toLowerCase(java.util.Locale.UK);
    }

    static String[] lower(String[] texts) {
        return Arrays.stream(texts).map(ReviewMessagesDeliveryTest::lower).toArray(String[]::new);
    }

    static String pdfText(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // In reading order: bold words are drawn apart from the sentence around them.
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }
}
