package org.casereview.casework;

/** The lists on the work queue page: what needs doing, soonest due first. */
public enum WorkQueue {
    TO_ACKNOWLEDGE("To acknowledge"),
    DECISIONS_DUE("Threshold decisions due"),
    /** Outcome letter due within the delay warning, or overdue, not sent: tell the applicant it will be late. */
    DELAY_NOTICES("Delay notice needed"),
    /** Reviews activated or held: the outcome letter is still to go. */
    OUTCOMES_DUE("Outcome letters due"),
    /** Outcome sent: the action plan's final review is to come. */
    FINAL_REVIEWS_DUE("Final reviews due"),
    /** Appeals waiting for the independent panel's decision. */
    SECOND_STAGE("Second-stage reviews waiting"),
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
