package org.casereview.application;

/** Where a case stands in its life cycle. */
public enum ApplicationStatus {
    RECEIVED("Received"),
    ACKNOWLEDGED("Acknowledged"),
    THRESHOLD_NOT_MET("Threshold not met"),
    /** Not a case review whatever the count: an agency's time-frame has not expired, or one agency's conduct. */
    EXCLUDED("Excluded"),
    REVIEW_ACTIVATED("Review activated"),
    /** The panel has met and recorded its findings; the outcome letter is still to go. */
    REVIEW_HELD("Review held"),
    /** The outcome went to the applicant; the final review of the action plan is to come. */
    OUTCOME_SENT("Outcome sent"),
    /** The applicant asked for a second-stage review (appeal); an independent panel is to decide. */
    SECOND_STAGE_REVIEW("Second-stage review"),
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
        return this == RECEIVED || this == ACKNOWLEDGED || this == REVIEW_ACTIVATED || this == REVIEW_HELD
                || this == OUTCOME_SENT || this == SECOND_STAGE_REVIEW;
    }

    /** Read-only until reopened with a reason. */
    public boolean isClosed() {
        return this == CLOSED || this == WITHDRAWN;
    }

    /**
     * The case has come to an end: it counts from its closing day towards the partnership's retention period. Named
     * one by one, so a state added later is never taken for final (and anonymised) by mistake.
     */
    public boolean isFinal() {
        return this == THRESHOLD_NOT_MET || this == EXCLUDED || this == CLOSED || this == WITHDRAWN;
    }

    /** The threshold has been decided, one way or the other. */
    public boolean isDecided() {
        return this != RECEIVED && this != ACKNOWLEDGED && this != WITHDRAWN;
    }
}
