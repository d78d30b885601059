package org.casereview.application;

/**
 * An answer to a yes-or-no question where "not sure" or "prefer not to say" must be possible: a resident is never
 * forced to guess, and each question offers only the answers that make sense for it.
 */
public enum Answer {
    YES("Yes"),
    NO("No"),
    NOT_SURE("Not sure"),
    PREFER_NOT_TO_SAY("Prefer not to say");

    private final String label;

    Answer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
