package org.casereview.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One member of a panel: who, in what role, for which agency (or "Elected member" for a councillor). */
@Embeddable
public record PanelSeat(
        @Column(name = "name") String name,
        @Column(name = "role") String role,
        @Column(name = "agency") String agency) {

    /** The role that marks a second-stage panel's elected council member (the portfolio holder or a deputy). */
    public static final String ELECTED_MEMBER = "Elected member";

    public boolean isElectedMember() {
        return ELECTED_MEMBER.equalsIgnoreCase(role.strip());
    }
}
