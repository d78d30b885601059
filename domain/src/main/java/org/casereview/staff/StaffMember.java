package org.casereview.staff;

import org.casereview.application.Agency;
import org.jspecify.annotations.Nullable;

import java.util.Objects;
import java.util.Set;

/**
 * The member of staff signed in, as the services see them: what they may do and which cases they may see.
 *
 * @param partnershipId the partnership whose cases they work on; null for county-wide access
 * @param agency for a partner agency user, the agency they work for
 */
public record StaffMember(long id, String username, String displayName, Set<StaffRole> roles,
                          @Nullable Long partnershipId, @Nullable Agency agency) {

    public StaffMember {
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
    }

    public static StaffMember of(StaffAccount account) {
        return new StaffMember(Objects.requireNonNull(account.getId()), account.getUsername(),
                account.getDisplayName(), account.getRoles(), account.getPartnershipId(), account.getAgency());
    }

    public boolean has(StaffRole role) {
        return roles.contains(role);
    }

    public boolean countyWide() {
        return partnershipId == null;
    }

    /** Case officers and managers work cases: acknowledge, verify, assess and decide. */
    public boolean worksCases() {
        return has(StaffRole.CASE_OFFICER) || has(StaffRole.MANAGER);
    }

    /** A panel member who does not also work cases sees only cases whose review has been activated. */
    public boolean seesReviewsOnly() {
        return !worksCases() && has(StaffRole.PANEL_MEMBER);
    }

    /** Whether this person may see the cases of that partnership at all. */
    public boolean covers(long partnershipId) {
        return this.partnershipId == null || this.partnershipId == partnershipId;
    }

    /** How this person is named in a case's history: "Dana Okafor (dokafor)". */
    public String actorName() {
        return displayName + " (" + username + ")";
    }
}
