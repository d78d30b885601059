package org.casereview.notifications;

import org.casereview.application.Application;
import org.casereview.application.ApplicationRepository;
import org.casereview.application.ApplicationSubmitted;
import org.casereview.casework.ApplicationAcknowledged;
import org.casereview.notifications.outbox.Outbox;
import org.casereview.notifications.outbox.OutboxMessage;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the acknowledgement ("we have received your application") to the outbox in the transaction that stored
 * the application, or that recorded an officer's acknowledgement: if that is rolled back, so is the message.
 */
@Component
class AcknowledgementMessages {

    private final ApplicationRepository applications;
    private final Outbox outbox;
    private final MessageContent content;

    AcknowledgementMessages(ApplicationRepository applications, Outbox outbox, MessageContent content) {
        this.applications = applications;
        this.outbox = outbox;
        this.content = content;
    }

    @EventListener
    void on(ApplicationSubmitted event) {
        // Stored a moment ago in this transaction: found in the persistence context, without reading it back.
        Application application = applications.findById(event.applicationId()).orElseThrow();
        // Only an e-mail acknowledges at once (the domain has recorded it so); otherwise an officer acknowledges
        // within the policy's days, by letter or phone.
        if (application.getAcknowledgedOn() == null) {
            return;
        }
        CaseMessage message = content.acknowledgement(application);
        outbox.toApplicant(application, message.template(), message.subject(), message.model());
    }

    /** An officer's acknowledgement goes the way they chose: an e-mail, a letter for the print queue, or a call. */
    @EventListener
    void on(ApplicationAcknowledged event) {
        OutboxMessage.Channel channel = switch (event.method()) {
            case EMAIL -> OutboxMessage.Channel.EMAIL;
            case LETTER -> OutboxMessage.Channel.LETTER;
            case PHONE -> null;
        };
        if (channel == null) {
            return;
        }
        Application application = applications.findWithIncidentsById(event.applicationId()).orElseThrow();
        CaseMessage message = content.acknowledgement(application);
        outbox.toApplicantBy(channel, application, message.template(), message.subject(), message.model());
    }
}
