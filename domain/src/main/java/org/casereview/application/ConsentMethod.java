package org.casereview.application;

/** How a victim, or a group member, told the applicant they agree to the application being made for them. */
public enum ConsentMethod {
    IN_WRITING("In writing, such as a signed letter or form"),
    EMAIL_OR_MESSAGE("By e-mail or text message"),
    IN_PERSON("In person"),
    PHONE("On the phone"),
    OTHER("Another way");

    private final String label;

    ConsentMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
