package org.casereview.accesslog;

/** The back-office screens that show a case. A new screen about one case adds its name here and records openings. */
public enum CaseScreen {
    CASE("Case page"),
    THRESHOLD("Threshold check"),
    REVIEW("Case review"),
    MESSAGES("Messages");

    private final String label;

    CaseScreen(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
