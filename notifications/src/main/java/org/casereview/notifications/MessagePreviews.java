package org.casereview.notifications;

import org.casereview.DomainConfiguration;
import org.casereview.application.Application;
import org.casereview.application.ApplicationStatus;
import org.casereview.casework.CaseAccess;
import org.casereview.decision.DecisionLetters;
import org.casereview.decision.DecisionService;
import org.casereview.decision.ThresholdDecision;
import org.casereview.notifications.letters.LetterRenderer;
import org.casereview.notifications.outbox.CaseMessages;
import org.casereview.notifications.outbox.Outbox;
import org.casereview.notifications.outbox.OutboxMessage;
import org.casereview.notifications.outbox.OutboxRepository;
import org.casereview.notifications.templates.MessageTemplates;
import org.casereview.review.DelayNotice;
import org.casereview.review.DelayNoticeRepository;
import org.casereview.review.FinalReview;
import org.casereview.review.FinalReviewRepository;
import org.casereview.review.InformationRequest;
import org.casereview.review.InformationRequestRepository;
import org.casereview.review.PanelMeetingRepository;
import org.casereview.review.Recommendation;
import org.casereview.review.RecommendationRepository;
import org.casereview.review.SecondStageReview;
import org.casereview.review.SecondStageReviewRepository;
import org.casereview.threshold.ThresholdWording;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What staff see of a case's messages: each message that applies to the case, rendered as it would be written now
 * (before it is sent, or again after), and every message the case has had. Scoped as the case itself is.
 */
@Service
@PreAuthorize("hasAnyRole('CASE_OFFICER', 'MANAGER', 'PANEL_MEMBER')")
public class MessagePreviews {

    /** Who a message is for. */
    public enum Audience { APPLICANT, AGENCY }

    /**
     * A message that applies to the case.
     *
     * @param key     names the message within the case, for {@link #letter}
     * @param to      the e-mail address, the postal address on one line, or why it cannot be sent
     * @param channel how it goes; null when it cannot be sent
     * @param when    when it was or will be sent, in words
     */
    public record Preview(String key, String title, Audience audience, String to,
                          OutboxMessage.@Nullable Channel channel, String when, String subject, String html,
                          String text) {

        /** Applicant messages can be printed as letters; agencies are written to by e-mail only. */
        public boolean hasLetter() {
            return audience == Audience.APPLICANT;
        }
    }

    /** A message as it was stored for sending: exactly what went, or will go. */
    public record SentMessage(long id, String subject, OutboxMessage.Channel channel, String recipient,
                              OutboxMessage.Status status, String html, String text) {
    }

    private record Entry(String key, CaseMessage message, String when) {
    }

    private final CaseAccess access;
    private final MessageContent content;
    private final Outbox outbox;
    private final MessageTemplates templates;
    private final LetterRenderer letters;
    private final CaseMessages caseMessages;
    private final OutboxRepository stored;
    private final DecisionService decisions;
    private final DecisionLetters decisionLetters;
    private final PanelMeetingRepository panels;
    private final DelayNoticeRepository delays;
    private final FinalReviewRepository finalReviews;
    private final SecondStageReviewRepository secondStages;
    private final InformationRequestRepository requests;
    private final RecommendationRepository recommendations;
    private final AgencyReminders reminders;
    private final Clock clock;

    MessagePreviews(CaseAccess access, MessageContent content, Outbox outbox, MessageTemplates templates,
                    LetterRenderer letters, CaseMessages caseMessages, OutboxRepository stored,
                    DecisionService decisions, DecisionLetters decisionLetters, PanelMeetingRepository panels,
                    DelayNoticeRepository delays, FinalReviewRepository finalReviews,
                    SecondStageReviewRepository secondStages, InformationRequestRepository requests,
                    RecommendationRepository recommendations, AgencyReminders reminders, Clock clock) {
        this.access = access;
        this.content = content;
        this.outbox = outbox;
        this.templates = templates;
        this.letters = letters;
        this.caseMessages = caseMessages;
        this.stored = stored;
        this.decisions = decisions;
        this.decisionLetters = decisionLetters;
        this.panels = panels;
        this.delays = delays;
        this.finalReviews = finalReviews;
        this.secondStages = secondStages;
        this.requests = requests;
        this.recommendations = recommendations;
        this.reminders = reminders;
        this.clock = clock;
    }

    /** The case's reference, for the page's heading; "not found" outside the member of staff's scope. */
    @Transactional(readOnly = true)
    public String reference(long caseId) {
        return access.read(caseId).getReference();
    }

    /** Every message that applies to the case as it stands, in the order the case meets them. */
    @Transactional(readOnly = true)
    public List<Preview> forCase(long caseId) {
        Application application = access.read(caseId);
        return entries(application).stream().map(entry -> preview(application, entry)).toList();
    }

    /** The applicant's message {@code key} as a printed letter: the PDF the print queue would hold. */
    @Transactional(readOnly = true)
    public byte[] letter(long caseId, String key) {
        Application application = access.read(caseId);
        Entry entry = entries(application).stream().filter(e -> e.key().equals(key)).findFirst()
                .filter(e -> e.message().agency() == null)
                .orElseThrow(() -> new IllegalArgumentException("No letter " + key + " on this case"));
        String html = outbox.preview(application, entry.message().template(), entry.message().model()).html();
        String address = Outbox.postalAddress(application).orElse(application.getApplicantName());
        return letters.pdf(html, CaseMessages.letterhead(application.getPartnership(), address, today()));
    }

    /** Every message the case has had, oldest first: when, to whom, by which channel, and what became of it. */
    @Transactional(readOnly = true)
    public List<CaseMessages.MessageSummary> history(long caseId) {
        access.read(caseId);
        return caseMessages.of(caseId);
    }

    @Transactional(readOnly = true)
    public SentMessage sent(long caseId, long messageId) {
        OutboxMessage message = storedOn(caseId, messageId);
        return new SentMessage(messageId, message.getSubject(), message.getChannel(), message.getRecipient(),
                message.getStatus(), message.getBodyHtml(), message.getBodyText());
    }

    /** A stored letter as it is printed. */
    @Transactional(readOnly = true)
    public byte[] sentLetter(long caseId, long messageId) {
        OutboxMessage message = storedOn(caseId, messageId);
        if (message.getChannel() != OutboxMessage.Channel.LETTER) {
            throw new IllegalArgumentException("Message " + messageId + " is an e-mail");
        }
        return caseMessages.letterPdf(messageId);
    }

    /** A letter's pages as images, for looking at in the browser. */
    public List<byte[]> pages(byte[] pdf) {
        return letters.pages(pdf, 96);
    }

    /** A message of a case the caller may see; one of another case is not this case's, whoever asks. */
    private OutboxMessage storedOn(long caseId, long messageId) {
        access.read(caseId);
        return stored.findById(messageId).filter(m -> Objects.equals(m.getApplicationId(), caseId))
                .orElseThrow(() -> new java.util.NoSuchElementException("Message " + messageId + " is not one of "
                        + "this case's messages"));
    }

    private List<Entry> entries(Application application) {
        long id = Objects.requireNonNull(application.getId());
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry("acknowledgement", content.acknowledgement(application),
                application.getAcknowledgedOn() == null ? "Goes when the application is acknowledged in writing"
                        : "Acknowledged " + ThresholdWording.date(application.getAcknowledgedOn())));
        ThresholdDecision decision = decisions.review(id).decision();
        if (decision != null) {
            entries.add(new Entry("decision", content.thresholdDecision(
                    decisionLetters.forDecision(Objects.requireNonNull(decision.getId()))),
                    "Sent with the decision, " + ThresholdWording.date(decision.getDecidedOn())));
        }
        for (InformationRequest request : requests.findByApplicationIdOrderByRequestedOnAscIdAsc(id)) {
            entries.add(new Entry("request-" + request.getId(), content.informationRequested(application, request),
                    "Sent with the request, " + ThresholdWording.date(request.getRequestedOn())));
            reminderEntry(application, request).ifPresent(entries::add);
        }
        for (DelayNotice notice : delays.findByApplicationIdOrderBySentOnAscIdAsc(id)) {
            entries.add(new Entry("delay-" + notice.getId(), content.delayNotice(application, notice),
                    "Sent " + ThresholdWording.date(notice.getSentOn())));
        }
        if (panels.findByApplicationId(id).isPresent()) {
            entries.add(new Entry("outcome", content.outcome(application), application.getOutcomeSentOn() == null
                    ? "Goes when the outcome is sent"
                    : "Sent " + ThresholdWording.date(application.getOutcomeSentOn())));
        }
        for (Recommendation recommendation : recommendations.findByApplicationIdOrderByIdAsc(id)) {
            entries.add(new Entry("recommendation-" + recommendation.getId(),
                    content.recommendationIssued(application, recommendation), recommendation.getIssuedOn() == null
                    ? "Goes when the outcome is sent"
                    : "Sent " + ThresholdWording.date(recommendation.getIssuedOn())));
        }
        List<FinalReview> reviews = finalReviews.findByApplicationIdOrderByReviewedOnAscIdAsc(id);
        for (FinalReview review : reviews) {
            entries.add(new Entry("final-review-" + review.getId(), content.finalReview(application, review),
                    "Sent " + ThresholdWording.date(review.getReviewedOn())));
        }
        for (SecondStageReview review : secondStages.findByApplicationIdOrderByRequestedOnAscIdAsc(id)) {
            entries.add(new Entry("second-stage-" + review.getId() + "-received",
                    content.secondStageReceived(application, review),
                    "Sent " + ThresholdWording.date(review.getRequestedOn())));
            if (review.isDecided()) {
                entries.add(new Entry("second-stage-" + review.getId() + "-decided",
                        content.secondStageDecided(application, review),
                        "Sent " + ThresholdWording.date(Objects.requireNonNull(review.getDecidedOn()))));
            }
        }
        if (closedByStaffOrApplicant(application, reviews)) {
            entries.add(new Entry("closed", content.closed(application),
                    "Sent " + ThresholdWording.date(Objects.requireNonNull(application.getClosedOn()))));
        }
        return entries;
    }

    private Optional<Entry> reminderEntry(Application application, InformationRequest request) {
        if (request.getRemindedOn() != null) {
            return Optional.of(new Entry("reminder-" + request.getId(), content.reminder(application, request),
                    "Sent " + ThresholdWording.date(request.getRemindedOn())));
        }
        if (request.isAnswered() || application.getStatus() != ApplicationStatus.REVIEW_ACTIVATED
                || request.getDueOn().isBefore(today())) {
            return Optional.empty();
        }
        return Optional.of(new Entry("reminder-" + request.getId(), content.reminder(application, request),
                "Goes " + ThresholdWording.date(reminders.remindsOn(request)) + " if not answered by then"));
    }

    /** A final review that closed the case tells the applicant itself; a closure at any other time is told apart. */
    private static boolean closedByStaffOrApplicant(Application application, List<FinalReview> reviews) {
        if (application.getStatus() == ApplicationStatus.WITHDRAWN) {
            return true;
        }
        if (application.getStatus() != ApplicationStatus.CLOSED) {
            return false;
        }
        return reviews.isEmpty() || !reviews.getLast().isClosed()
                || !reviews.getLast().getReviewedOn().equals(application.getClosedOn());
    }

    private Preview preview(Application application, Entry entry) {
        CaseMessage message = entry.message();
        CaseMessage.AgencyContact agency = message.agency();
        if (agency == null) {
            MessageTemplates.RenderedMessage rendered = outbox.preview(application, message.template(),
                    message.model());
            Optional<Outbox.Recipient> recipient = Outbox.recipientOf(application);
            return new Preview(entry.key(), message.title(), Audience.APPLICANT,
                    recipient.map(r -> r.address().replace("\n", ", "))
                            .orElse("No e-mail or postal address: it cannot be sent"),
                    recipient.map(Outbox.Recipient::channel).orElse(null), entry.when(), message.subject(),
                    rendered.html(), rendered.text());
        }
        MessageTemplates.RenderedMessage rendered = templates.render(message.template(), message.model());
        return new Preview(entry.key(), message.title(), Audience.AGENCY,
                agency.email() == null ? agency.name() + ": no e-mail address on the " + agency.about()
                        + ", so it is not sent" : agency.name() + " <" + agency.email() + ">",
                agency.email() == null ? null : OutboxMessage.Channel.EMAIL, entry.when(), message.subject(),
                rendered.html(), rendered.text());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), DomainConfiguration.UK);
    }
}
