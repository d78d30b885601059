package org.casereview.staff;

import org.casereview.ActionRefusedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Objects;

/**
 * What every signed-in member of staff can do for themselves. It needs a role, not only a right password: a sign-in
 * still waiting for its two-factor code has none.
 */
@Service
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'CASE_OFFICER', 'MANAGER', 'PANEL_MEMBER', 'PARTNER_AGENCY')")
public class MyAccount {

    private final StaffAccountRepository accounts;
    private final CurrentStaff currentStaff;
    private final PasswordEncoder passwordEncoder;

    MyAccount(StaffAccountRepository accounts, CurrentStaff currentStaff, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.currentStaff = currentStaff;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional(readOnly = true)
    public StaffMember me() {
        return currentStaff.get();
    }

    /** Whether the password an administrator issued must be replaced before anything else. */
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return accounts.findById(currentStaff.get().id()).map(StaffAccount::isMustChangePassword).orElse(false);
    }

    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        StaffAccount account = accounts.findById(currentStaff.get().id()).orElseThrow();
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new ActionRefusedException("Your current password is not right");
        }
        Passwords.check(account.getUsername(), newPassword);
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new ActionRefusedException("Choose a password different from the current one");
        }
        account.changePassword(Objects.requireNonNull(passwordEncoder.encode(newPassword)), false);
    }
}
