package org.casereview.risk;

/** An answer to one question. Only "yes" adds to the score; "not known" is recorded as such, for a later look. */
public enum RiskAnswer {
    YES("Yes"),
    NO("No"),
    NOT_KNOWN("Not known");

    private final String label;

    RiskAnswer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
