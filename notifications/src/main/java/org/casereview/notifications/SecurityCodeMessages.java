package org.casereview.notifications;

import org.casereview.application.Application;
import org.casereview.application.ApplicationRepository;
import org.casereview.applicantaccess.SecurityCodeRequested;
import org.casereview.notifications.outbox.OutboxMessage;
import org.casereview.notifications.outbox.OutboxRepository;
import org.casereview.notifications.templates.MessageTemplates;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Map;

/**
 * Writes the e-mail with an applicant's security code to the outbox, in the transaction that stored the request. The
 * code is a key to the case, so the message is not listed with the case's messages and its body is removed from the
 * outbox once it has been sent.
 */
@Component
class SecurityCodeMessages {

    static final String TEMPLATE = "security-code";

    private final ApplicationRepository applications;
    private final OutboxRepository outbox;
    private final MessageTemplates templates;
    private final Clock clock;

    SecurityCodeMessages(ApplicationRepository applications, OutboxRepository outbox, MessageTemplates templates,
                         Clock clock) {
        this.applications = applications;
        this.outbox = outbox;
        this.templates = templates;
        this.clock = clock;
    }

    @EventListener
    void on(SecurityCodeRequested event) {
        Application application = applications.findById(event.applicationId()).orElseThrow();
        MessageTemplates.RenderedMessage message = templates.render(TEMPLATE, Map.of(
                "code", event.code(),
                "minutes", event.validFor().toMinutes(),
                "application", application,
                "partnership", application.getPartnership()));
        outbox.save(OutboxMessage.secret(TEMPLATE, event.email(),
                "Your security code to check your ASB Case Review application", message.html(), message.text(),
                clock.instant()));
    }
}
