package org.casereview.applicantaccess;

import java.io.Serializable;
import java.time.Instant;

/**
 * Proof that this session's applicant showed they are the applicant of one case (a security code or the case's access
 * code). Only {@link ApplicantAccess} makes one, and every applicant action takes one instead of a case id, so no
 * session can reach another case. It ends after a while without activity ({@link AccessSettings#idleTimeout()}).
 */
public final class ApplicantPass implements Serializable {

    private final long applicationId;
    private final String reference;
    private final Instant openedAt;
    private Instant lastActiveAt;
    private boolean ended;

    ApplicantPass(long applicationId, String reference, Instant openedAt) {
        this.applicationId = applicationId;
        this.reference = reference;
        this.openedAt = openedAt;
        this.lastActiveAt = openedAt;
    }

    public long applicationId() {
        return applicationId;
    }

    public String reference() {
        return reference;
    }

    public Instant openedAt() {
        return openedAt;
    }

    Instant lastActiveAt() {
        return lastActiveAt;
    }

    void activeAt(Instant now) {
        lastActiveAt = now;
    }

    boolean isEnded() {
        return ended;
    }

    void end() {
        ended = true;
    }

    @Override
    public String toString() {
        return "ApplicantPass[" + reference + "]";
    }
}
