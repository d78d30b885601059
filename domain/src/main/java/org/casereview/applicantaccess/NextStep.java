package org.casereview.applicantaccess;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * What happens next on a case and by when, from the case's own deadlines.
 *
 * @param due     the last day for it, when there is one
 * @param overdue the day has passed and it has not happened: the applicant is told whom to contact
 */
public record NextStep(Step step, @Nullable LocalDate due, boolean overdue) {

    public enum Step {
        /** The unit acknowledges the application. */
        ACKNOWLEDGEMENT,
        /** The unit decides whether the threshold for a case review is met. */
        THRESHOLD_DECISION,
        /** The review panel meets and the outcome is sent. */
        OUTCOME,
        /** The action plan is checked. */
        FINAL_REVIEW,
        /** An independent panel decides the second-stage review. */
        SECOND_STAGE_DECISION,
        /** Decided against: nothing more happens unless the applicant asks for a second-stage review. */
        DECIDED_AGAINST,
        /** Closed or withdrawn: nothing more happens. */
        NONE
    }
}
