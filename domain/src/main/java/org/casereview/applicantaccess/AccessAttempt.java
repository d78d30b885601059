package org.casereview.applicantaccess;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A request for a security code, or a wrong access code, counted towards the limits; kept for a day. */
@Entity
@Table(name = "applicant_access_attempt")
class AccessAttempt {

    enum Kind {
        CODE_REQUEST,
        WRONG_ACCESS_CODE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String reference;
    private String clientHash;
    private Instant attemptedAt;

    protected AccessAttempt() {
        // for JPA
    }

    AccessAttempt(Kind kind, String reference, String clientHash, Instant attemptedAt) {
        this.kind = kind;
        this.reference = reference;
        this.clientHash = clientHash;
        this.attemptedAt = attemptedAt;
    }
}
