package org.casereview.staff;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is signed in, read from the database on every call: a role or partnership an administrator changes, or an
 * account they disable, takes effect on the next request, not at the next sign-in. The services scope their queries
 * with it, so a screen cannot show what the service would not give.
 */
@Component
public class CurrentStaff {

    private final StaffAccountRepository accounts;

    CurrentStaff(StaffAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** @throws AccessDeniedException when nobody is signed in, or the account is unknown or disabled */
    @Transactional(readOnly = true)
    public StaffMember get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            throw new AccessDeniedException("Sign in to continue");
        }
        return accounts.findByUsername(authentication.getName())
                .filter(StaffAccount::isEnabled)
                .map(StaffMember::of)
                .orElseThrow(() -> new AccessDeniedException("This account cannot be used"));
    }
}
