package org.casereview.application;

/** How an application reached the Community Safety Unit. */
public enum Channel {
    ONLINE("Online"),
    PHONE("Telephone"),
    LETTER("Letter"),
    EMAIL("E-mail"),
    PARTNER_AGENCY("Forwarded by a partner agency");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOnline() {
        return this == ONLINE;
    }
}
