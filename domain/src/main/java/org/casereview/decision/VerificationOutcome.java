package org.casereview.decision;

/** What the agency an incident was reported to says about it. */
public enum VerificationOutcome {
    CONFIRMED("Confirmed"),
    NO_RECORD("No record"),
    DIFFERENT_DATE("Different date");

    private final String label;

    VerificationOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
