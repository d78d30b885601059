package org.casereview.personaldata;

/** The words that replace personal data that cannot simply be removed (a column that must hold something). */
public final class Anonymised {

    /** Instead of a person's or a group's name. */
    public static final String NAME = "Anonymised";

    /** Instead of free text: an incident's description, a letter's body, a note. */
    public static final String TEXT = "(Removed when the case was anonymised.)";

    private Anonymised() {
    }
}
