package org.casereview.application;

/** Who is applying: the victim, someone on the victim's behalf, or one person for a group. */
public enum ApplicantType {
    VICTIM("The victim"),
    ON_BEHALF_OF_VICTIM("Someone on the victim's behalf"),
    ON_BEHALF_OF_GROUP("One person on behalf of a group or community"),
    BUSINESS_OR_GROUP("A business or community group");

    private final String label;

    ApplicantType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
