package org.casereview.notifications;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A message as the SMTP server received it: who it went to, its subject, and its two parts. */
record ReceivedMail(String messageId, String to, String subject, String text, String html) {

    static ReceivedMail of(MimeMessage message) {
        try {
            return new ReceivedMail(message.getMessageID(), Arrays.stream(message.getAllRecipients())
                    .map(Object::toString).collect(Collectors.joining(", ")), message.getSubject(),
                    part(message, "text/plain"), part(message, "text/html"));
        } catch (Exception e) {
            throw new IllegalStateException("A received message could not be read", e);
        }
    }

    /** Everything a reader could see: subject, text and HTML together. */
    String all() {
        return subject + "\n" + text + "\n" + html;
    }

    private static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return "";
    }
}
