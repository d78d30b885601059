package org.casereview.staff;

import org.casereview.ActionRefusedException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Two-factor sign-in for the member of staff signed in: set it up with an authenticator app, remove it, and give the
 * code at sign-in. Until the code is given, the back office grants the session no role, so this service needs only a
 * password-checked sign-in. Set-up and removal are kept in the account's change log.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class TwoFactor {

    /** How the service is named in the authenticator app. */
    static final String ISSUER = "Case Review";

    private final StaffAccountRepository accounts;
    private final StaffAccountChangeRepository changes;
    private final TwoFactorPolicy policy;
    private final TwoFactorSecrets secrets;
    private final CurrentStaff currentStaff;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockFor;

    TwoFactor(StaffAccountRepository accounts, StaffAccountChangeRepository changes,
              TwoFactorPolicy policy, TwoFactorSecrets secrets, CurrentStaff currentStaff,
              PasswordEncoder passwordEncoder, Clock clock,
              @Value("${casereview.security.max-failed-sign-ins:5}") int maxFailures,
              @Value("${casereview.security.lock-duration:15m}") Duration lockFor) {
        this.accounts = accounts;
        this.changes = changes;
        this.policy = policy;
        this.secrets = secrets;
        this.currentStaff = currentStaff;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
    }

    /**
     * @param since    when it was set up; null when it is not
     * @param required whether one of the member's roles requires it, so it cannot be removed
     */
    public record Status(boolean enabled, @Nullable Instant since, boolean required) {
    }

    /**
     * A new secret for the member's authenticator app, not yet stored: it is kept only once a first code made from it
     * is given ({@link #confirm}).
     *
     * @param secret     the key to type into the app, in base 32 ("JBSW Y3DP …")
     * @param otpauthUri the same, as the QR code carries it
     */
    public record SetUp(String secret, String otpauthUri) {

        /** The key in groups of four, easier to type. */
        public String secretInGroups() {
            return secret.replaceAll("(.{4})(?!$)", "$1 ");
        }

        @Override
        public String toString() {
            return "SetUp[…]";
        }
    }

    /** How a code given at sign-in went. */
    public enum CodeCheck {
        ACCEPTED,
        WRONG,
        /** Too many wrong codes (or passwords) in a row: the account is locked for a while. */
        LOCKED
    }

    @Transactional(readOnly = true)
    public Status status() {
        StaffAccount account = mine();
        return new Status(account.hasTwoFactor(), account.getTwoFactorSince(), requiredFor(account));
    }

    @Transactional(readOnly = true)
    public SetUp begin() {
        StaffAccount account = mine();
        String secret = Base32.encode(secrets.newSecret());
        String label = URLEncoder.encode(ISSUER + ":" + account.getUsername(), StandardCharsets.UTF_8)
                .replace("+", "%20");
        String uri = "otpauth://totp/" + label + "?secret=" + secret + "&issuer="
                + URLEncoder.encode(ISSUER, StandardCharsets.UTF_8).replace("+", "%20")
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
        return new SetUp(secret, uri);
    }

    /**
     * Turns two-factor sign-in on with the secret {@link #begin} gave, once the app shows it has it: the code it
     * makes now is right. Replaces any earlier secret.
     */
    @Transactional
    public void confirm(SetUp setUp, String code) {
        StaffAccount account = mineForUpdate();
        byte[] secret = Base32.decode(setUp.secret());
        OptionalLong step = Totp.match(secret, code, Totp.step(clock.instant()), Long.MIN_VALUE);
        if (step.isEmpty()) {
            throw new ActionRefusedException("That code is not right. Enter the 6-digit code the app shows now; if it "
                    + "has just changed, enter the new one.");
        }
        boolean before = account.hasTwoFactor();
        long id = java.util.Objects.requireNonNull(account.getId());
        account.setUpTwoFactor(secrets.seal(id, secret), clock.instant(), step.getAsLong());
        log(account, before ? "Two-factor sign-in set up again with a new authenticator app"
                : "Two-factor sign-in set up");
    }

    /** Turns two-factor sign-in off, unless a role requires it; the password is asked again, as for a change of it. */
    @Transactional
    public void remove(String currentPassword) {
        StaffAccount account = mineForUpdate();
        if (requiredFor(account)) {
            throw new ActionRefusedException("Two-factor sign-in is required for your role, so it cannot be turned "
                    + "off. To move it to a new phone, set it up again.");
        }
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new ActionRefusedException("Your current password is not right");
        }
        if (account.hasTwoFactor()) {
            account.removeTwoFactor();
            log(account, "Two-factor sign-in turned off");
        }
    }

    /**
     * The code given at sign-in after the password. A wrong code counts towards the lock as a wrong password does; a
     * code is accepted once only.
     */
    @Transactional
    public CodeCheck verify(String code) {
        StaffAccount account = mineForUpdate();
        Instant now = clock.instant();
        String sealed = account.getTwoFactorSecret();
        if (sealed == null) {
            throw new ActionRefusedException("Two-factor sign-in is not set up for this account");
        }
        if (account.isLockedAt(now)) {
            return CodeCheck.LOCKED;
        }
        byte[] secret = secrets.open(java.util.Objects.requireNonNull(account.getId()), sealed);
        OptionalLong step = Totp.match(secret, code, Totp.step(now), account.getTwoFactorLastStep());
        if (step.isEmpty()) {
            return account.failedSignIn(now, maxFailures, lockFor) ? CodeCheck.LOCKED : CodeCheck.WRONG;
        }
        account.twoFactorCodeUsed(step.getAsLong());
        account.signedIn(now);
        return CodeCheck.ACCEPTED;
    }

    private boolean requiredFor(StaffAccount account) {
        return policy.requiredFor(account);
    }

    private StaffAccount mine() {
        return accounts.findById(currentStaff.get().id()).orElseThrow();
    }

    private StaffAccount mineForUpdate() {
        return accounts.findForUpdateByUsername(currentStaff.get().username()).orElseThrow();
    }

    private void log(StaffAccount account, String description) {
        changes.save(new StaffAccountChange(java.util.Objects.requireNonNull(account.getId()), clock.instant(),
                StaffMember.of(account).actorName(), description));
    }
}
