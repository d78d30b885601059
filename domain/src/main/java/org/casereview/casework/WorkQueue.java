package org.casereview.casework;

/** The lists on the work queue page: what needs doing, soonest due first. */
public enum WorkQueue {
    TO_ACKNOWLEDGE("To acknowledge"),
    DECISIONS_DUE("Threshold decisions due"),
    OVERDUE("Overdue"),
    MINE("My cases");

    private final String label;

    WorkQueue(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
