package org.casereview.decision;

import org.casereview.application.ApplicationStatus;

/** What the officer decided about the threshold, and the state the case moves to. */
public enum DecisionOutcome {
    MET("Threshold met", ApplicationStatus.REVIEW_ACTIVATED),
    NOT_MET("Threshold not met", ApplicationStatus.THRESHOLD_NOT_MET),
    /** Below the threshold, accepted for the harm or the victim's vulnerability where the policy allows it. */
    DISCRETION("Accepted at the officer's discretion", ApplicationStatus.REVIEW_ACTIVATED),
    EXCLUDED("Excluded", ApplicationStatus.EXCLUDED);

    private final String label;
    private final ApplicationStatus status;

    DecisionOutcome(String label, ApplicationStatus status) {
        this.label = label;
        this.status = status;
    }

    public String label() {
        return label;
    }

    public ApplicationStatus status() {
        return status;
    }

    /** Whether a case review follows. */
    public boolean activatesReview() {
        return status == ApplicationStatus.REVIEW_ACTIVATED;
    }
}
