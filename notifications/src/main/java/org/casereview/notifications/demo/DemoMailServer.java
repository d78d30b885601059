package org.casereview.notifications.demo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server in the process (GreenMail) that catches every message the system sends, for the demo mode
 * only: nothing reaches a real mailbox, and the back office shows what was caught.
 */
public class DemoMailServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DemoMailServer.class);

    private final GreenMail greenMail;

    public DemoMailServer(int port) {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        log.info("Demo mail catcher listening for SMTP on port {}", port);
    }

    /** Every message caught so far, newest first. */
    public List<CaughtMail> messages() {
        MimeMessage[] received = greenMail.getReceivedMessages();
        return Arrays.stream(received).map(DemoMailServer::caught)
                .sorted((a, b) -> b.receivedAt().compareTo(a.receivedAt())).toList();
    }

    private static CaughtMail caught(MimeMessage message) {
        try {
            Instant at = message.getReceivedDate() != null ? message.getReceivedDate().toInstant()
                    : message.getSentDate() != null ? message.getSentDate().toInstant() : Instant.EPOCH;
            String to = Arrays.stream(message.getAllRecipients()).map(Object::toString).reduce((a, b) -> a + ", " + b)
                    .orElse("");
            return new CaughtMail(at, to, message.getSubject(), plainText(message));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("A caught message could not be read", e);
        }
    }

    /** The plain-text alternative of a message, found in its MIME parts; the raw body if it has none. */
    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return part instanceof MimeMessage message && !part.isMimeType("multipart/*") ? GreenMailUtil.getBody(message) : "";
    }

    @Override
    public void close() {
        greenMail.stop();
    }

    /** A message as caught, with its plain-text body, for a person to read in the demo. */
    public record CaughtMail(Instant receivedAt, String to, String subject, String text) {
    }
}
