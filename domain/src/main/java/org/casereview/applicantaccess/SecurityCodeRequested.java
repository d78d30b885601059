package org.casereview.applicantaccess;

import java.time.Duration;

/**
 * Published inside the transaction that stored a request for a security code that matched a case, so that the e-mail
 * with the code is written to the outbox with it. The code is the only copy: the database keeps its keyed hash.
 *
 * @param email    the applicant's e-mail address on the application
 * @param validFor how long the code works
 */
public record SecurityCodeRequested(long applicationId, String email, String code, Duration validFor) {

    /** Never the code or the address. */
    @Override
    public String toString() {
        return "SecurityCodeRequested[" + applicationId + "]";
    }
}
