package org.casereview.application;

/** Where a case stands in its life cycle. */
public enum ApplicationStatus {
    RECEIVED("Received"),
    ACKNOWLEDGED("Acknowledged"),
    THRESHOLD_NOT_MET("Threshold not met"),
    REVIEW_ACTIVATED("Review activated"),
    OUTCOME_SENT("Outcome sent"),
    CLOSED("Closed"),
    WITHDRAWN("Withdrawn");

    private final String label;

    ApplicationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
