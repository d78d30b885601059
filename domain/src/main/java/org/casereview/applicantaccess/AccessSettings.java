package org.casereview.applicantaccess;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * The limits of applicant access, from the settings {@code casereview.applicant-access.*} (see the README).
 *
 * @param codeLifetime      how long an e-mailed security code works
 * @param codeAttempts      how many tries one security code allows before it is void
 * @param referenceLimit    code requests (or wrong access codes) allowed per reference in {@code limitWindow}
 * @param clientLimit       code requests (or wrong access codes) allowed per client address in {@code limitWindow}
 * @param limitWindow       the period the limits count over
 * @param idleTimeout       an applicant's session ends after this long without activity
 * @param minimumAnswerTime requests for a code, and access codes, take at least this long to answer, so that the time
 *                          taken does not tell whether a reference exists
 */
@Component
public record AccessSettings(Duration codeLifetime, int codeAttempts, int referenceLimit, int clientLimit,
                             Duration limitWindow, Duration idleTimeout, Duration minimumAnswerTime) {

    public AccessSettings(
            @Value("${casereview.applicant-access.code-lifetime:15m}") Duration codeLifetime,
            @Value("${casereview.applicant-access.code-attempts:5}") int codeAttempts,
            @Value("${casereview.applicant-access.reference-limit:5}") int referenceLimit,
            @Value("${casereview.applicant-access.client-limit:20}") int clientLimit,
            @Value("${casereview.applicant-access.limit-window:1h}") Duration limitWindow,
            @Value("${casereview.applicant-access.idle-timeout:20m}") Duration idleTimeout,
            @Value("${casereview.applicant-access.minimum-answer-time:400ms}") Duration minimumAnswerTime) {
        if (codeAttempts < 1 || referenceLimit < 1 || clientLimit < 1) {
            throw new IllegalArgumentException("Applicant access limits must be at least 1");
        }
        this.codeLifetime = codeLifetime;
        this.codeAttempts = codeAttempts;
        this.referenceLimit = referenceLimit;
        this.clientLimit = clientLimit;
        this.limitWindow = limitWindow;
        this.idleTimeout = idleTimeout;
        this.minimumAnswerTime = minimumAnswerTime;
    }
}
