package org.casereview.notifications;

import org.casereview.application.Application;
import org.casereview.application.ApplicationRepository;
import org.casereview.application.ApplicationSubmitted;
import org.casereview.notifications.outbox.Outbox;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Writes the acknowledgement ("we have received your application") to the outbox in the transaction that stored
 * the application: if the application is rolled back, so is the message.
 */
@Component
class AcknowledgementMessages {

    static final String TEMPLATE = "application-received";

    private final ApplicationRepository applications;
    private final Outbox outbox;

    AcknowledgementMessages(ApplicationRepository applications, Outbox outbox) {
        this.applications = applications;
        this.outbox = outbox;
    }

    @EventListener
    void on(ApplicationSubmitted event) {
        Application application = applications.findWithIncidentsById(event.applicationId()).orElseThrow();
        // Only an e-mail acknowledges at once (the domain has recorded it so); otherwise an officer acknowledges
        // within the policy's days, by letter or phone.
        if (application.getAcknowledgedOn() == null) {
            return;
        }
        outbox.toApplicant(application, TEMPLATE,
                "We have received your ASB Case Review application " + application.getReference(), Map.of());
    }
}
