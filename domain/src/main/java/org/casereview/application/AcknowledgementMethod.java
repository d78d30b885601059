package org.casereview.application;

/** How an officer acknowledged an application that was not acknowledged automatically. */
public enum AcknowledgementMethod {
    EMAIL("E-mail"),
    LETTER("Letter"),
    PHONE("Phone call");

    private final String label;

    AcknowledgementMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
