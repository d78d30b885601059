package org.casereview.notifications;

import org.casereview.application.Application;
import org.casereview.application.ApplicationRepository;
import org.casereview.decision.DecisionLetters;
import org.casereview.decision.ThresholdDecided;
import org.casereview.notifications.outbox.Outbox;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the applicant the threshold decision, in the transaction that recorded it: "review activated" (notification
 * c), or the full reply when it is not met or excluded (notification b), which lists every incident reported, what
 * the agencies did and how to report future incidents. By e-mail, or by a letter in the print queue, as the applicant
 * asked.
 */
@Component
class DecisionMessages {

    private final DecisionLetters letters;
    private final ApplicationRepository applications;
    private final Outbox outbox;
    private final MessageContent content;

    DecisionMessages(DecisionLetters letters, ApplicationRepository applications, Outbox outbox,
                     MessageContent content) {
        this.letters = letters;
        this.applications = applications;
        this.outbox = outbox;
        this.content = content;
    }

    @EventListener
    void on(ThresholdDecided event) {
        Application application = applications.findWithIncidentsById(event.applicationId()).orElseThrow();
        CaseMessage message = content.thresholdDecision(letters.forDecision(event.decisionId()));
        outbox.toApplicant(application, message.template(), message.subject(), message.model());
    }
}
