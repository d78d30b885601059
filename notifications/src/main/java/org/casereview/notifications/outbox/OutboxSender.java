package org.casereview.notifications.outbox;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;

/**
 * Delivers the outbox in the background. Each batch is claimed and marked in one transaction, holding the rows'
 * locks while it sends, so that a message is delivered once even with several instances running. A failure leaves
 * the message in the outbox for a later attempt; nothing is lost when the mail server is down.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 20;

    private final OutboxRepository outbox;
    private final JavaMailSender mailSender;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String from;
    private final String messageIdDomain;

    OutboxSender(OutboxRepository outbox, JavaMailSender mailSender, TransactionTemplate transactions, Clock clock,
                 @Value("${casereview.mail.from:casereview@localhost}") String from) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.transactions = transactions;
        this.clock = clock;
        this.from = from;
        this.messageIdDomain = from.contains("@") ? from.substring(from.indexOf('@') + 1) : "casereview";
    }

    @Scheduled(fixedDelayString = "${casereview.outbox.poll-interval:2s}", initialDelayString = "${casereview.outbox.initial-delay:2s}")
    public void deliverDue() {
        int delivered;
        do {
            delivered = deliverBatch();
        } while (delivered == BATCH);
    }

    /** @return how many messages this batch claimed */
    public int deliverBatch() {
        Integer claimed = transactions.execute(status -> {
            List<OutboxMessage> due = outbox.claimDue(clock.instant(), BATCH);
            for (OutboxMessage message : due) {
                if (message.getChannel() == OutboxMessage.Channel.EMAIL) {
                    send(message);
                }
            }
            return due.size();
        });
        return claimed == null ? 0 : claimed;
    }

    private void send(OutboxMessage message) {
        try {
            MimeMessage mime = mailSender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(message.getRecipient());
            helper.setSubject(message.getSubject());
            helper.setText(message.getBodyText(), message.getBodyHtml());
            // A stable Message-ID: if a crash after the server accepted the message makes us send it again, mail
            // programs see the same message, not a new one. (Spring's sender keeps a Message-ID that is set.)
            mime.setHeader("Message-ID", "<outbox-" + message.getId() + "@" + messageIdDomain + ">");
            mailSender.send(mime);
            message.delivered(clock.instant());
            log.info("Outbox message {} ({}) delivered", message.getId(), message.getTemplate());
        } catch (MailException | MessagingException e) {
            message.failed(clock.instant(), e.getClass().getSimpleName() + ": " + e.getMessage());
            // The recipient's address is personal data: log the message id only.
            log.warn("Outbox message {} ({}) not delivered, attempt {}: {}", message.getId(), message.getTemplate(),
                    message.getAttempts(), e.getClass().getSimpleName());
        }
    }
}
