package org.casereview.decision;

/** The two reasons in the seed documents that a Community Trigger "should not be submitted". */
public enum ExclusionKind {
    AGENCY_TIMEFRAME("An agency's time-frame for action has not expired"),
    SINGLE_AGENCY_CONDUCT("Only about one agency's conduct (its complaints procedure)");

    private final String label;

    ExclusionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
