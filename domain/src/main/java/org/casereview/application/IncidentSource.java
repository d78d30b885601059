package org.casereview.application;

/** Who told us of an incident: the applicant on their application, or an agency, recorded by an officer. */
public enum IncidentSource {
    APPLICANT("Listed by the applicant"),
    AGENCY("Reported by an agency");

    private final String label;

    IncidentSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
