package org.casereview.application;

/** Parts of the victim's and household's life the behaviour affects; they feed the officer's risk assessment. */
public enum ImpactArea {
    HEALTH("Physical or mental health"),
    SLEEP("Sleep"),
    DAILY_LIFE("Daily life, such as going out, work or school"),
    SAFETY_AT_HOME("Feeling safe at home"),
    MONEY_OR_PROPERTY("Money or property, such as repairs or damage");

    private final String label;

    ImpactArea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
