package org.casereview.notifications.outbox;

import org.casereview.application.Application;
import org.casereview.application.ApplicationRepository;
import org.casereview.applicantaccess.ApplicantAccess;
import org.casereview.applicantaccess.ApplicantPass;
import org.casereview.history.CaseHistory;
import org.casereview.notifications.letters.LetterRenderer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The letters and e-mails an applicant was sent, for them to read again or download on the portal. A case's outbox
 * also holds what went to agencies; only messages to the applicant are shown: letters (only ever written to the
 * applicant's postal address) and e-mails to an address the applicant has had on this case. Each method takes the
 * applicant's pass, so a message of another case is "not found".
 */
@Service
public class ApplicantMessages {

    private final OutboxRepository messages;
    private final ApplicationRepository applications;
    private final CaseHistory history;
    private final ApplicantAccess access;
    private final LetterRenderer letters;

    ApplicantMessages(OutboxRepository messages, ApplicationRepository applications, CaseHistory history,
                      ApplicantAccess access, LetterRenderer letters) {
        this.messages = messages;
        this.applications = applications;
        this.history = history;
        this.access = access;
        this.letters = letters;
    }

    /** A message as the applicant's list shows it. */
    public record SentMessage(long id, OutboxMessage.Channel channel, String subject, OutboxMessage.Status status,
                              Instant writtenAt, @Nullable Instant deliveredAt) {

        static SentMessage of(OutboxMessage message) {
            return new SentMessage(java.util.Objects.requireNonNull(message.getId()), message.getChannel(),
                    message.getSubject(), message.getStatus(), message.getCreatedAt(), message.getSentAt());
        }
    }

    /** @param text the message's plain-text version, to be shown as text */
    public record MessageText(SentMessage message, String text) {
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<SentMessage> of(ApplicantPass pass) {
        access.confirm(pass);
        return toApplicant(pass).sorted(Comparator.comparing(OutboxMessage::getCreatedAt).reversed()
                .thenComparing(OutboxMessage::getId, Comparator.reverseOrder())).map(SentMessage::of).toList();
    }

    @Transactional(readOnly = true)
    public Optional<MessageText> read(ApplicantPass pass, long messageId) {
        access.confirm(pass);
        return find(pass, messageId).map(message -> new MessageText(SentMessage.of(message), message.getBodyText()));
    }

    /** The message as a PDF letter, the same document a posted letter is printed from. */
    @Transactional(readOnly = true)
    public Optional<byte[]> pdf(ApplicantPass pass, long messageId) {
        access.confirm(pass);
        return find(pass, messageId).map(message -> letters.pdf(message.getBodyHtml()));
    }

    private Optional<OutboxMessage> find(ApplicantPass pass, long messageId) {
        return toApplicant(pass).filter(message -> message.getId() != null && message.getId() == messageId)
                .findFirst();
    }

    private Stream<OutboxMessage> toApplicant(ApplicantPass pass) {
        long id = pass.applicationId();
        Set<String> addresses = applicantEmails(id);
        return messages.findByApplicationIdOrderByCreatedAtAsc(id).stream()
                .filter(message -> message.getChannel() == OutboxMessage.Channel.LETTER
                        || addresses.contains(message.getRecipient().strip().toLowerCase(Locale.ROOT)));
    }

    /** The applicant's e-mail address now, and every earlier one the history records a change from. */
    private Set<String> applicantEmails(long applicationId) {
        Optional<String> now = applications.findById(applicationId).map(Application::getApplicantEmail);
        Stream<String> earlier = history.of(applicationId).stream()
                .filter(event -> "E-mail".equals(event.getField()))
                .flatMap(event -> Stream.of(event.getOldValue(), event.getNewValue()))
                .filter(java.util.Objects::nonNull);
        return Stream.concat(now.stream(), earlier).map(address -> address.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }
}
