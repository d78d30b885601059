package org.casereview.staff;

import org.casereview.ActionRefusedException;
import org.casereview.application.Agency;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Administrators manage staff accounts: create, change roles and partnership, disable, unlock, reset the password.
 * An administrator of one partnership manages that partnership's accounts only, and cannot hand out county-wide
 * access. Every change is kept in the account's change log.
 */
@Service
@PreAuthorize("hasRole('ADMINISTRATOR')")
public class StaffAdministration {

    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,99}$");

    private final StaffAccountRepository accounts;
    private final StaffAccountChangeRepository changes;
    private final CurrentStaff currentStaff;
    private final PasswordEncoder passwordEncoder;
    private final TwoFactorPolicy twoFactor;
    private final Clock clock;

    StaffAdministration(StaffAccountRepository accounts, StaffAccountChangeRepository changes,
                        CurrentStaff currentStaff, PasswordEncoder passwordEncoder, TwoFactorPolicy twoFactor,
                        Clock clock) {
        this.accounts = accounts;
        this.changes = changes;
        this.currentStaff = currentStaff;
        this.passwordEncoder = passwordEncoder;
        this.twoFactor = twoFactor;
        this.clock = clock;
    }

    /** The password to give the new member of staff, once; they must change it when they first sign in. */
    public record IssuedPassword(long accountId, String username, String temporaryPassword) {
    }

    @Transactional(readOnly = true)
    public Page<StaffAccount> list(@Nullable String search, Pageable pageable) {
        StaffMember admin = currentStaff.get();
        String term = search == null || search.isBlank() ? null : search.strip();
        return accounts.findForAdministration(admin.partnershipId(), term, pageable);
    }

    @Transactional(readOnly = true)
    public StaffAccount get(long id) {
        return manageable(currentStaff.get(), id);
    }

    @Transactional(readOnly = true)
    public List<StaffAccountChange> changes(long id) {
        manageable(currentStaff.get(), id);
        return changes.findByAccountIdOrderByChangedAtDescIdDesc(id);
    }

    @Transactional
    public IssuedPassword create(NewStaffAccount request) {
        StaffMember admin = currentStaff.get();
        String username = request.username().strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new ActionRefusedException("A username is 3 to 100 lower-case letters, digits, dots, dashes or "
                    + "underscores, starting with a letter or digit");
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw new ActionRefusedException("There is already an account called " + username);
        }
        checkAccess(admin, request.roles(), request.partnershipId(), request.agency());
        if (request.displayName().isBlank()) {
            throw new ActionRefusedException("Enter the person's name");
        }
        String password = Passwords.temporary();
        StaffAccount account = new StaffAccount(username, request.displayName().strip(),
                Objects.requireNonNull(passwordEncoder.encode(password)), request.roles(), request.partnershipId(),
                false);
        account.update(request.displayName(), request.roles(), request.partnershipId(), request.agency());
        account.changePassword(account.getPasswordHash(), true);
        accounts.save(account);
        long id = Objects.requireNonNull(account.getId());
        log(id, admin, "Account created: " + describe(request.roles(), request.partnershipId(), request.agency()));
        return new IssuedPassword(id, username, password);
    }

    @Transactional
    public void update(long id, String displayName, Set<StaffRole> roles, @Nullable Long partnershipId,
                       @Nullable Agency agency) {
        StaffMember admin = currentStaff.get();
        StaffAccount account = manageable(admin, id);
        checkAccess(admin, roles, partnershipId, agency);
        if (account.getId() == admin.id() && !roles.contains(StaffRole.ADMINISTRATOR)) {
            throw new ActionRefusedException("You cannot remove your own administrator role; ask another "
                    + "administrator");
        }
        if (displayName.isBlank()) {
            throw new ActionRefusedException("Enter the person's name");
        }
        String before = describe(account.getRoles(), account.getPartnershipId(), account.getAgency());
        String beforeName = account.getDisplayName();
        account.update(displayName, roles, partnershipId, agency);
        String after = describe(roles, partnershipId, agency);
        if (!before.equals(after)) {
            log(id, admin, "Access changed from " + before + " to " + after);
        }
        if (!beforeName.equals(account.getDisplayName())) {
            log(id, admin, "Name changed from " + beforeName + " to " + account.getDisplayName());
        }
    }

    @Transactional
    public void disable(long id) {
        StaffMember admin = currentStaff.get();
        StaffAccount account = manageable(admin, id);
        if (account.getId() == admin.id()) {
            throw new ActionRefusedException("You cannot disable your own account");
        }
        if (account.isEnabled()) {
            account.setEnabled(false);
            log(id, admin, "Account disabled");
        }
    }

    @Transactional
    public void enable(long id) {
        StaffMember admin = currentStaff.get();
        StaffAccount account = manageable(admin, id);
        if (!account.isEnabled()) {
            account.setEnabled(true);
            log(id, admin, "Account enabled");
        }
    }

    @Transactional
    public void unlock(long id) {
        StaffMember admin = currentStaff.get();
        StaffAccount account = manageable(admin, id);
        account.unlock();
        log(id, admin, "Unlocked after failed sign-ins");
    }

    /** A new temporary password, shown once to the administrator; the old one stops working at once. */
    @Transactional
    public IssuedPassword resetPassword(long id) {
        StaffMember admin = currentStaff.get();
        StaffAccount account = manageable(admin, id);
        String password = Passwords.temporary();
        account.changePassword(Objects.requireNonNull(passwordEncoder.encode(password)), true);
        account.unlock();
        log(id, admin, "Password reset; must be changed at the next sign-in");
        return new IssuedPassword(id, account.getUsername(), password);
    }

    /**
     * Removes the member of staff's two-factor sign-in, when they have lost the phone with their authenticator app.
     * If their role requires it, they set it up again when they next sign in.
     */
    @Transactional
    public void resetTwoFactor(long id) {
        StaffMember admin = currentStaff.get();
        StaffAccount account = manageable(admin, id);
        if (!account.hasTwoFactor()) {
            throw new ActionRefusedException("This account does not use two-factor sign-in");
        }
        account.removeTwoFactor();
        log(id, admin, "Two-factor sign-in reset by an administrator; "
                + (twoFactor.requiredFor(account) ? "to be set up again at the next sign-in" : "now off"));
    }

    /** The roles whose members must sign in with a code from an authenticator app as well as their password. */
    @Transactional(readOnly = true)
    public Set<StaffRole> twoFactorRequiredFor() {
        return twoFactor.requiredRoles();
    }

    /**
     * Requires two-factor sign-in of these roles' members (and of no others); those without it set it up when they
     * next sign in, before anything else. It applies to every partnership, so only a county-wide administrator may
     * change it. Recorded in that administrator's own account log.
     */
    @Transactional
    public void requireTwoFactor(Set<StaffRole> roles) {
        StaffMember admin = currentStaff.get();
        if (!admin.countyWide()) {
            throw new ActionRefusedException("Only a county-wide administrator can change who must use two-factor "
                    + "sign-in, as it applies to every partnership");
        }
        Set<StaffRole> before = twoFactor.requiredRoles();
        if (twoFactor.require(roles, admin.actorName(), clock.instant())) {
            log(admin.id(), admin, "Two-factor sign-in required of " + roleNames(roles) + " (before: "
                    + roleNames(before) + ")");
        }
    }

    private static String roleNames(Set<StaffRole> roles) {
        return roles.isEmpty() ? "no role"
                : roles.stream().sorted().map(StaffRole::label).collect(Collectors.joining(", "));
    }

    private StaffAccount manageable(StaffMember admin, long id) {
        StaffAccount account = accounts.findById(id)
                .orElseThrow(() -> new ActionRefusedException("There is no such account"));
        if (admin.partnershipId() != null && !admin.partnershipId().equals(account.getPartnershipId())) {
            // Not found rather than forbidden: an administrator of one area does not learn of others' accounts.
            throw new ActionRefusedException("There is no such account");
        }
        return account;
    }

    private static void checkAccess(StaffMember admin, Set<StaffRole> roles, @Nullable Long partnershipId,
                                    @Nullable Agency agency) {
        if (roles.isEmpty()) {
            throw new ActionRefusedException("Give the account at least one role");
        }
        if (admin.partnershipId() != null && !admin.partnershipId().equals(partnershipId)) {
            throw new ActionRefusedException("You can give access to your own partnership's cases only");
        }
        if (roles.contains(StaffRole.PARTNER_AGENCY) && agency == null) {
            throw new ActionRefusedException("Choose the agency this partner agency user works for");
        }
    }

    private static String describe(Set<StaffRole> roles, @Nullable Long partnershipId, @Nullable Agency agency) {
        String roleNames = roles.stream().sorted().map(StaffRole::label).collect(Collectors.joining(", "));
        return "[" + roleNames + "; " + (partnershipId == null ? "county-wide" : "partnership " + partnershipId)
                + (agency == null ? "" : "; " + agency.label()) + "]";
    }

    private void log(long accountId, StaffMember admin, String description) {
        changes.save(new StaffAccountChange(accountId, clock.instant(), admin.actorName(), description));
    }
}
