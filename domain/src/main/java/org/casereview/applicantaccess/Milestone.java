package org.casereview.applicantaccess;

import org.casereview.application.Channel;
import org.casereview.decision.DecisionOutcome;
import org.casereview.review.SecondStageReview;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * One step of a case as the applicant sees it, with its date and only what they were told or told us: never agencies'
 * answers, staff names, panel members or notes. The portal puts each into plain English.
 */
public sealed interface Milestone {

    LocalDate on();

    record Received(LocalDate on, Channel channel) implements Milestone {
    }

    record Acknowledged(LocalDate on) implements Milestone {
    }

    /** @param whatYouWereTold the decision's reasons as written to the applicant, paragraphs split by a blank line */
    record ThresholdDecided(LocalDate on, DecisionOutcome outcome, String whatYouWereTold) implements Milestone {
    }

    /** The case review started: after the threshold decision, or when a second-stage review overturned it. */
    record ReviewActivated(LocalDate on) implements Milestone {
    }

    record PanelMet(LocalDate on) implements Milestone {
    }

    /** @param reason what the applicant was told about why */
    record DelayNotified(LocalDate on, LocalDate newDue, String reason) implements Milestone {
    }

    record OutcomeSent(LocalDate on) implements Milestone {
    }

    /**
     * @param result         what the applicant was told
     * @param nextReviewDue  when the case stays open for further actions, the next review; null when it closed
     */
    record FinalReviewed(LocalDate on, String result, @Nullable LocalDate nextReviewDue) implements Milestone {
    }

    /** @param online whether they asked on the portal (else by phone or letter, recorded by staff) */
    record SecondStageRequested(LocalDate on, SecondStageReview.About about, String reasons, boolean online)
            implements Milestone {
    }

    record SecondStageDecided(LocalDate on, SecondStageReview.Decision decision, String reasons)
            implements Milestone {
    }

    record Withdrawn(LocalDate on) implements Milestone {
    }

    record Closed(LocalDate on) implements Milestone {
    }

    record Reopened(LocalDate on) implements Milestone {
    }
}
