package org.casereview.notifications.outbox;

import org.casereview.DomainConfiguration;
import org.casereview.application.ApplicationRepository;
import org.casereview.notifications.letters.LetterRenderer;
import org.casereview.partnership.Partnership;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** What staff see of messages: a case's messages, the print queue, and the letters themselves. */
@Service
public class CaseMessages {

    private final OutboxRepository messages;
    private final LetterRenderer letters;
    private final ApplicationRepository applications;
    private final Clock clock;

    CaseMessages(OutboxRepository messages, LetterRenderer letters, ApplicationRepository applications, Clock clock) {
        this.messages = messages;
        this.letters = letters;
        this.applications = applications;
        this.clock = clock;
    }

    /** Every message a case has had, oldest first: when, to whom, by which channel, and what became of it. */
    @Transactional(readOnly = true)
    public List<MessageSummary> of(long applicationId) {
        return messages.findByApplicationIdOrderByCreatedAtAsc(applicationId).stream().map(MessageSummary::of).toList();
    }

    /**
     * Letters waiting to be printed and posted, oldest first, a page at a time.
     *
     * @param partnershipId only that partnership's cases; null for county-wide staff
     */
    @Transactional(readOnly = true)
    public Page<MessageSummary> printQueue(@Nullable Long partnershipId, Pageable pageable) {
        return messages.findByStatusInPartnership(OutboxMessage.Status.AWAITING_PRINT, partnershipId, pageable)
                .map(MessageSummary::of);
    }

    /** E-mails that kept failing, for staff to deal with by other means; scoped as {@link #printQueue}. */
    @Transactional(readOnly = true)
    public Page<MessageSummary> failed(@Nullable Long partnershipId, Pageable pageable) {
        return messages.findByStatusInPartnership(OutboxMessage.Status.FAILED, partnershipId, pageable)
                .map(MessageSummary::of);
    }

    /** The letter as it is printed: the unit's address, the applicant's, the day it was written, and the message. */
    @Transactional(readOnly = true)
    public byte[] letterPdf(long messageId) {
        OutboxMessage message = messages.findById(messageId).orElseThrow();
        Long applicationId = message.getApplicationId();
        if (applicationId == null) {
            return letters.pdf(message.getBodyHtml());
        }
        Partnership partnership = applications.findById(applicationId).orElseThrow().getPartnership();
        return letters.pdf(message.getBodyHtml(), letterhead(partnership, message.getRecipient(),
                LocalDate.ofInstant(message.getCreatedAt(), DomainConfiguration.UK)));
    }

    /** The head of a letter from a partnership's unit to the lines of a postal address. */
    public static LetterRenderer.Letterhead letterhead(Partnership partnership, String recipient, LocalDate date) {
        return new LetterRenderer.Letterhead(Arrays.stream(partnership.getCsuAddress().split(",\\s*|\\R"))
                .map(String::strip).filter(line -> !line.isEmpty()).toList(), recipient.lines().toList(), date);
    }

    @Transactional
    public void markPosted(long messageId) {
        messages.findById(messageId).orElseThrow().posted(clock.instant());
    }

    /** A message as a list shows it; the body is fetched only when someone opens it. */
    public record MessageSummary(long id, Long applicationId, String template, OutboxMessage.Channel channel,
                                 String recipient, String subject, OutboxMessage.Status status, int attempts,
                                 Instant createdAt, Instant deliveredAt, String lastError) {

        static MessageSummary of(OutboxMessage m) {
            return new MessageSummary(m.getId(), m.getApplicationId(), m.getTemplate(), m.getChannel(),
                    m.getRecipient(), m.getSubject(), m.getStatus(), m.getAttempts(), m.getCreatedAt(),
                    m.getSentAt(), m.getLastError());
        }
    }
}
