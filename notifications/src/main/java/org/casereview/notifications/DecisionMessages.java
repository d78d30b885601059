package org.casereview.notifications;

import org.casereview.application.Application;
import org.casereview.application.ApplicationRepository;
import org.casereview.decision.DecisionLetter;
import org.casereview.decision.DecisionLetters;
import org.casereview.decision.ThresholdDecided;
import org.casereview.notifications.outbox.Outbox;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Tells the applicant the threshold decision, in the transaction that recorded it: "review activated" (notification
 * c), or the full reply when it is not met or excluded (notification b), which lists every incident reported, what
 * the agencies did and how to report future incidents. By e-mail, or by a letter in the print queue, as the applicant
 * asked.
 */
@Component
class DecisionMessages {

    static final String REVIEW_ACTIVATED = "review-activated";
    static final String NOT_MET = "threshold-not-met";

    private final DecisionLetters letters;
    private final ApplicationRepository applications;
    private final Outbox outbox;

    DecisionMessages(DecisionLetters letters, ApplicationRepository applications, Outbox outbox) {
        this.letters = letters;
        this.applications = applications;
        this.outbox = outbox;
    }

    @EventListener
    void on(ThresholdDecided event) {
        DecisionLetter letter = letters.forDecision(event.decisionId());
        Application application = applications.findWithIncidentsById(event.applicationId()).orElseThrow();
        boolean activated = letter.outcome().activatesReview();
        String subject = activated
                ? "Your ASB Case Review " + letter.reference() + ": a case review will be carried out"
                : "Your ASB Case Review application " + letter.reference() + ": our decision";
        outbox.toApplicant(application, activated ? REVIEW_ACTIVATED : NOT_MET, subject, Map.of("letter", letter));
    }
}
