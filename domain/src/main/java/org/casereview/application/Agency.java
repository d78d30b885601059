package org.casereview.application;

/** The relevant bodies an incident can be reported to. */
public enum Agency {
    POLICE("Police"),
    COUNCIL("Council"),
    HOUSING_PROVIDER("Housing provider or landlord"),
    HEALTH("Health service (NHS)"),
    OTHER("Other");

    private final String label;

    Agency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
