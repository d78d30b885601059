package org.casereview.staff;

import org.casereview.application.Agency;
import org.jspecify.annotations.Nullable;

import java.util.Set;

/**
 * An account an administrator creates.
 *
 * @param partnershipId null for county-wide access
 * @param agency required for partner agency users
 */
public record NewStaffAccount(String username, String displayName, Set<StaffRole> roles,
                              @Nullable Long partnershipId, @Nullable Agency agency) {

    public NewStaffAccount {
        roles = Set.copyOf(roles);
    }
}
