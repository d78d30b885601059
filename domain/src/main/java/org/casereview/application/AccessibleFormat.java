package org.casereview.application;

/** Formats the applicant needs our letters and information in. */
public enum AccessibleFormat {
    LARGE_PRINT("Large print"),
    EASY_READ("Easy read"),
    BRAILLE("Braille"),
    AUDIO("Audio"),
    BSL("British Sign Language (BSL)"),
    OTHER("Another format");

    private final String label;

    AccessibleFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
