package org.casereview.statistics;

/** How an application came to meet the threshold, as the figures group them. */
public enum MetBy {
    INDIVIDUAL("Individual: enough qualifying complaints"),
    COMMUNITY("Community: enough individuals reporting"),
    DISCRETION("At the officer's discretion"),
    /** Not met or excluded at first; a second-stage review overturned the decision and started a case review. */
    SECOND_STAGE("After a second-stage review");

    private final String label;

    MetBy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
