package org.casereview.backoffice.security;

/** Role names as Spring Security and {@code @RolesAllowed} see them: the {@code StaffRole} names. */
public final class Roles {

    public static final String ADMINISTRATOR = "ADMINISTRATOR";
    public static final String CASE_OFFICER = "CASE_OFFICER";
    public static final String MANAGER = "MANAGER";
    public static final String PANEL_MEMBER = "PANEL_MEMBER";
    public static final String PARTNER_AGENCY = "PARTNER_AGENCY";

    private Roles() {
    }
}
