package org.casereview.notifications;

import org.casereview.application.Application;
import org.casereview.application.ApplicationRepository;
import org.casereview.application.ApplicationSubmitted;
import org.casereview.notifications.outbox.OutboxMessage;
import org.casereview.notifications.outbox.OutboxRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Map;

/**
 * Writes the acknowledgement ("we have received your application") to the outbox in the transaction that stored
 * the application: if the application is rolled back, so is the message.
 */
@Component
class AcknowledgementMessages {

    static final String TEMPLATE = "application-received";

    private final ApplicationRepository applications;
    private final OutboxRepository outbox;
    private final MessageTemplates templates;
    private final Clock clock;

    AcknowledgementMessages(ApplicationRepository applications, OutboxRepository outbox, MessageTemplates templates,
                            Clock clock) {
        this.applications = applications;
        this.outbox = outbox;
        this.templates = templates;
        this.clock = clock;
    }

    @EventListener
    void on(ApplicationSubmitted event) {
        Application application = applications.findWithIncidentsById(event.applicationId()).orElseThrow();
        String email = application.getApplicantEmail();
        if (email == null) {
            return; // acknowledged by an officer, by phone or letter, within the policy's days
        }
        var partnership = application.getPartnership();
        MessageTemplates.RenderedMessage message = templates.render(TEMPLATE, Map.of(
                "application", application,
                "partnership", partnership));
        outbox.save(new OutboxMessage(application.getId(), TEMPLATE, OutboxMessage.Channel.EMAIL, email,
                "We have received your ASB Case Review application " + application.getReference(),
                message.html(), message.text(), clock.instant()));
    }
}
