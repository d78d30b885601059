package org.casereview.application;

/** How an incident was reported to the agency. */
public enum ReportMethod {
    PHONE("Phone"),
    ONLINE("Online form"),
    EMAIL("E-mail"),
    IN_PERSON("In person"),
    LETTER("Letter"),
    OTHER("Another way");

    private final String label;

    ReportMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
