package org.casereview.application;

/** Where a case stands in its life cycle. */
public enum ApplicationStatus {
    RECEIVED("Received"),
    ACKNOWLEDGED("Acknowledged"),
    THRESHOLD_NOT_MET("Threshold not met"),
    /** Not a case review whatever the count: an agency's time-frame has not expired, or one agency's conduct. */
    EXCLUDED("Excluded"),
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

    /** Still being worked on: not decided against, closed or withdrawn. */
    public boolean isOpen() {
        return this == RECEIVED || this == ACKNOWLEDGED || this == REVIEW_ACTIVATED || this == OUTCOME_SENT;
    }

    /** The threshold has been decided, one way or the other. */
    public boolean isDecided() {
        return this != RECEIVED && this != ACKNOWLEDGED && this != WITHDRAWN;
    }
}
