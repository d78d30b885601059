package org.casereview.application;

/** What can be done to a case; {@link CaseLifecycle} says in which states. */
public enum CaseAction {
    ACKNOWLEDGE("Acknowledge"),
    DECIDE_THRESHOLD("Decide the threshold"),
    REQUEST_INFORMATION("Ask agencies for information"),
    RECORD_PANEL("Record the review panel"),
    SEND_DELAY_NOTICE("Send a delay notice"),
    SEND_OUTCOME("Send the outcome"),
    RECORD_FINAL_REVIEW("Record the final review"),
    REQUEST_SECOND_STAGE("Record a second-stage review request"),
    DECIDE_SECOND_STAGE("Record the second-stage decision"),
    WITHDRAW("Withdraw"),
    CLOSE("Close"),
    REOPEN("Reopen");

    private final String label;

    CaseAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
