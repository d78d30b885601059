package org.casereview.notifications.outbox;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;

/** One message waiting to be delivered, or delivered, or given up on after repeated failures. */
@Entity
public class OutboxMessage {

    /** After this many failed attempts a message is marked failed for staff to see. */
    static final int MAX_ATTEMPTS = 10;

    /**
     * E-mails go PENDING → SENT (or FAILED after repeated failures); letters go AWAITING_PRINT → POSTED. A message not
     * yet delivered when its case is anonymised is CANCELLED: its recipient and words are gone.
     */
    public enum Status { PENDING, SENT, FAILED, AWAITING_PRINT, POSTED, CANCELLED }

    public enum Channel { EMAIL, LETTER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private @Nullable Long applicationId;
    private String template;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private String recipient;
    private String subject;
    private String bodyHtml;
    private String bodyText;
    @Enumerated(EnumType.STRING)
    private Status status;
    private int attempts;
    private Instant nextAttemptAt;
    private @Nullable String lastError;
    private Instant createdAt;
    private @Nullable Instant sentAt;
    /** The body holds a secret (a link to saved answers): keep it only until it is sent or given up on. */
    private boolean redactAfterSending;

    /** What a secret message's body becomes once it has been sent or given up on. */
    public static final String REDACTED = "(Removed after sending: this message held a private link.)";

    protected OutboxMessage() {
        // for JPA
    }

    public OutboxMessage(@Nullable Long applicationId, String template, Channel channel, String recipient,
                         String subject, String bodyHtml, String bodyText, Instant createdAt) {
        this.applicationId = applicationId;
        this.template = template;
        this.channel = channel;
        this.recipient = recipient;
        this.subject = subject;
        this.bodyHtml = bodyHtml;
        this.bodyText = bodyText;
        this.status = channel == Channel.LETTER ? Status.AWAITING_PRINT : Status.PENDING;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    /** A letter has been printed and posted. */
    void posted(Instant at) {
        if (channel != Channel.LETTER || status != Status.AWAITING_PRINT) {
            throw new IllegalStateException("Only a letter waiting to be printed can be marked as posted");
        }
        status = Status.POSTED;
        sentAt = at;
    }

    /** Whether staff should see this message as delivered (an e-mail sent, a letter posted). */
    public boolean isDelivered() {
        return status == Status.SENT || status == Status.POSTED;
    }

    /**
     * A message whose body is a secret, such as a link to saved answers: the body is removed once the message is sent
     * or given up on, so the outbox does not keep a working key to someone's answers.
     */
    public static OutboxMessage secret(String template, String recipient, String subject, String bodyHtml,
                                       String bodyText, Instant createdAt) {
        OutboxMessage message = new OutboxMessage(null, template, Channel.EMAIL, recipient, subject, bodyHtml,
                bodyText, createdAt);
        message.redactAfterSending = true;
        return message;
    }

    void delivered(Instant at) {
        status = Status.SENT;
        sentAt = at;
        attempts++;
        lastError = null;
        redactIfSecret();
    }

    private void redactIfSecret() {
        if (redactAfterSending) {
            bodyHtml = REDACTED;
            bodyText = REDACTED;
        }
    }

    /** Waits longer after each failure (30 s, 1 min, 2 min … up to an hour) so a mail server can recover. */
    void failed(Instant at, String error) {
        attempts++;
        lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
            redactIfSecret();
        } else {
            long seconds = Math.min(3600, 30L << Math.min(attempts - 1, 20));
            nextAttemptAt = at.plus(Duration.ofSeconds(seconds));
        }
    }

    public @Nullable Long getId() {
        return id;
    }

    public @Nullable Long getApplicationId() {
        return applicationId;
    }

    public String getTemplate() {
        return template;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getBodyText() {
        return bodyText;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public @Nullable String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getSentAt() {
        return sentAt;
    }

    public boolean isRedactAfterSending() {
        return redactAfterSending;
    }
}
