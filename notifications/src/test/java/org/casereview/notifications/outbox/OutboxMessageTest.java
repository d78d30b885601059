package org.casereview.notifications.outbox;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A message carrying a secret keeps its body only until it is sent or given up on. */
class OutboxMessageTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    @Test
    void a_secret_message_loses_its_body_once_sent() {
        OutboxMessage message = OutboxMessage.secret("draft-saved", "a@example.org", "Subject", "<p>link</p>", "link",
                NOW);

        message.delivered(NOW);

        assertThat(message.getBodyHtml()).isEqualTo(OutboxMessage.REDACTED);
        assertThat(message.getBodyText()).isEqualTo(OutboxMessage.REDACTED);
        assertThat(message.getStatus()).isEqualTo(OutboxMessage.Status.SENT);
    }

    @Test
    void a_secret_message_keeps_its_body_while_it_is_retried_and_loses_it_when_given_up_on() {
        OutboxMessage message = OutboxMessage.secret("draft-saved", "a@example.org", "Subject", "<p>link</p>", "link",
                NOW);

        message.failed(NOW, "connection refused");
        assertThat(message.getBodyText()).isEqualTo("link");
        for (int i = 1; i < OutboxMessage.MAX_ATTEMPTS; i++) {
            message.failed(NOW, "connection refused");
        }

        assertThat(message.getStatus()).isEqualTo(OutboxMessage.Status.FAILED);
        assertThat(message.getBodyText()).isEqualTo(OutboxMessage.REDACTED);
    }

    @Test
    void an_ordinary_message_keeps_its_body_for_the_record() {
        OutboxMessage message = new OutboxMessage(1L, "application-received", OutboxMessage.Channel.EMAIL,
                "a@example.org", "Subject", "<p>body</p>", "body", NOW);

        message.delivered(NOW);

        assertThat(message.getBodyText()).isEqualTo("body");
    }
}
