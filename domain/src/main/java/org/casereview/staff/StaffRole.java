package org.casereview.staff;

/** What a member of staff may do. */
public enum StaffRole {
    ADMINISTRATOR("Administrator"),
    CASE_OFFICER("Case officer (single point of contact)"),
    MANAGER("Manager"),
    PANEL_MEMBER("Panel member"),
    PARTNER_AGENCY("Partner agency user");

    private final String label;

    StaffRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
