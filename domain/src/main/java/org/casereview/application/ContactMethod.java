package org.casereview.application;

/** How the applicant prefers to hear from the unit. */
public enum ContactMethod {
    EMAIL("E-mail"),
    PHONE("Phone"),
    POST("Post");

    private final String label;

    ContactMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
