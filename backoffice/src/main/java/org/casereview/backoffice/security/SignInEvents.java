package org.casereview.backoffice.security;

import org.casereview.staff.SignInAttempts;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts wrong passwords towards the lock, and clears the count on a successful sign-in. */
@Component
class SignInEvents {

    private final SignInAttempts signIns;

    SignInEvents(SignInAttempts signIns) {
        this.signIns = signIns;
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent failure) {
        signIns.failed(failure.getAuthentication().getName());
    }

    @EventListener
    void on(AuthenticationSuccessEvent success) {
        signIns.succeeded(success.getAuthentication().getName());
    }
}
