package org.casereview.application;

/** The victim's risk and vulnerability, from the scored questionnaire. */
public enum RiskLevel {
    STANDARD("Standard"),
    MEDIUM("Medium"),
    HIGH("High");

    private final String label;

    RiskLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
