package org.casereview.application;

/** How someone applying on a victim's behalf knows the victim (the seed documents' list). */
public enum Relationship {
    FAMILY("Family member"),
    FRIEND("Friend or neighbour"),
    CARER("Carer"),
    COUNCILLOR("Councillor"),
    MP("Member of Parliament (MP)"),
    PROFESSIONAL("Professional, such as a support worker or social worker"),
    OTHER("Other");

    private final String label;

    Relationship(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
