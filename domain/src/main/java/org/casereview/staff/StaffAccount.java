package org.casereview.staff;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.casereview.application.Agency;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A member of staff who signs in to the back office. The password is stored only as a hash. */
@Entity
public class StaffAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String username;
    private String displayName;
    private String passwordHash;
    private String roles;
    private @Nullable Long partnershipId;
    private boolean enabled = true;
    private boolean demo;
    @Enumerated(EnumType.STRING)
    private @Nullable Agency agency;
    private int failedLogins;
    private @Nullable Instant lockedUntil;
    private boolean mustChangePassword;
    private @Nullable Instant lastSignedInAt;
    /** The authenticator app's secret, encrypted ({@link TwoFactorSecrets}); null without two-factor sign-in. */
    private @Nullable String twoFactorSecret;
    private @Nullable Instant twoFactorSince;
    /** The last time step whose code was accepted: that code, and older ones, are not accepted again. */
    private @Nullable Long twoFactorLastStep;

    @Version
    private long version;

    protected StaffAccount() {
        // for JPA
    }

    public StaffAccount(String username, String displayName, String passwordHash, Set<StaffRole> roles,
                        @Nullable Long partnershipId, boolean demo) {
        if (username.isBlank()) {
            throw new IllegalArgumentException("A username is required");
        }
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.partnershipId = partnershipId;
        this.demo = demo;
    }

    /** A partner agency user's account, tied to their agency. */
    public StaffAccount(String username, String displayName, String passwordHash, Set<StaffRole> roles,
                        @Nullable Long partnershipId, @Nullable Agency agency, boolean demo) {
        this(username, displayName, passwordHash, roles, partnershipId, demo);
        this.agency = agency;
    }

    /**
     * A failed sign-in. The {@code maxFailures}th failure in a row locks the account until {@code lockFor} has
     * passed; a failure after an earlier lock has expired starts the count again.
     *
     * @return whether this failure locked the account
     */
    boolean failedSignIn(Instant now, int maxFailures, Duration lockFor) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            lockedUntil = null;
            failedLogins = 0;
        }
        failedLogins++;
        if (failedLogins >= maxFailures && lockedUntil == null) {
            lockedUntil = now.plus(lockFor);
            return true;
        }
        return false;
    }

    void signedIn(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastSignedInAt = now;
    }

    /** Whether sign-in is refused at {@code now} because of repeated failures. */
    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void changePassword(String passwordHash, boolean mustChangeAtNextSignIn) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangeAtNextSignIn;
    }

    void setUpTwoFactor(String sealedSecret, Instant now, long usedStep) {
        this.twoFactorSecret = sealedSecret;
        this.twoFactorSince = now;
        this.twoFactorLastStep = usedStep;
    }

    void removeTwoFactor() {
        this.twoFactorSecret = null;
        this.twoFactorSince = null;
        this.twoFactorLastStep = null;
    }

    void twoFactorCodeUsed(long step) {
        this.twoFactorLastStep = step;
    }

    void update(String displayName, Set<StaffRole> roles, @Nullable Long partnershipId, @Nullable Agency agency) {
        if (displayName.isBlank()) {
            throw new IllegalArgumentException("A name is required");
        }
        this.displayName = displayName.strip();
        this.roles = roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.partnershipId = partnershipId;
        this.agency = agency;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<StaffRole> getRoles() {
        if (roles.isBlank()) {
            return EnumSet.noneOf(StaffRole.class);
        }
        return Arrays.stream(roles.split(",")).map(StaffRole::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(StaffRole.class)));
    }

    /** The partnership whose cases this person works on; none means county-wide access. */
    public @Nullable Long getPartnershipId() {
        return partnershipId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isDemo() {
        return demo;
    }

    /** For a partner agency user: the agency they work for. */
    public @Nullable Agency getAgency() {
        return agency;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public @Nullable Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public @Nullable Instant getLastSignedInAt() {
        return lastSignedInAt;
    }

    /** Whether sign-in asks for a code from an authenticator app after the password. */
    public boolean hasTwoFactor() {
        return twoFactorSecret != null;
    }

    public @Nullable Instant getTwoFactorSince() {
        return twoFactorSince;
    }

    @Nullable String getTwoFactorSecret() {
        return twoFactorSecret;
    }

    long getTwoFactorLastStep() {
        return twoFactorLastStep == null ? Long.MIN_VALUE : twoFactorLastStep;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof StaffAccount other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return StaffAccount.class.hashCode();
    }

    @Override
    public String toString() {
        return "StaffAccount[" + username + "]";
    }
}
