package org.casereview.staff;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.time.Instant;

/** A role whose members must sign in with a code from an authenticator app as well as their password. */
@Entity
class TwoFactorRequirement {

    @Id
    @Enumerated(EnumType.STRING)
    private StaffRole role;
    private String requiredBy;
    private Instant requiredAt;

    protected TwoFactorRequirement() {
        // for JPA
    }

    TwoFactorRequirement(StaffRole role, String requiredBy, Instant requiredAt) {
        this.role = role;
        this.requiredBy = requiredBy;
        this.requiredAt = requiredAt;
    }

    StaffRole getRole() {
        return role;
    }
}
