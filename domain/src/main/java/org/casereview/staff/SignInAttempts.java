package org.casereview.staff;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;

/**
 * Counts failed sign-ins and locks an account for a while after too many in a row, so that passwords cannot be
 * guessed by trying many. Called by the back office's listener on Spring Security's authentication events, before
 * anyone is signed in, so it states no role.
 */
@Service
public class SignInAttempts {

    private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

    private final StaffAccountRepository accounts;
    private final TwoFactorPolicy twoFactor;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockFor;

    SignInAttempts(StaffAccountRepository accounts, TwoFactorPolicy twoFactor, Clock clock,
                   @Value("${casereview.security.max-failed-sign-ins:5}") int maxFailures,
                   @Value("${casereview.security.lock-duration:15m}") Duration lockFor) {
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
    }

    /** A wrong password for {@code username}. Unknown usernames are ignored: there is nothing to lock. */
    @Transactional
    public void failed(String username) {
        accounts.findForUpdateByUsername(username).ifPresent(account -> {
            if (account.failedSignIn(clock.instant(), maxFailures, lockFor)) {
                log.warn("Staff account {} locked for {} after {} failed sign-ins", account.getId(), lockFor,
                        maxFailures);
            }
        });
    }

    @Transactional
    public void succeeded(String username) {
        accounts.findForUpdateByUsername(username).ifPresent(account -> account.signedIn(clock.instant()));
    }

    /** Whether sign-in is refused for now; read by the sign-in itself. */
    @Transactional(readOnly = true)
    public boolean isLocked(StaffAccount account) {
        return account.isLockedAt(clock.instant());
    }

    /** What sign-in asks after a right password; read by the sign-in itself. */
    @Transactional(readOnly = true)
    public SecondStep secondStep(StaffAccount account) {
        return twoFactor.secondStep(account);
    }

    public int maxFailures() {
        return maxFailures;
    }

    public Duration lockFor() {
        return lockFor;
    }
}
