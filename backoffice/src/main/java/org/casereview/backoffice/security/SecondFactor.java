package org.casereview.backoffice.security;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import org.casereview.staff.SecondStep;
import org.casereview.staff.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import java.util.List;

/**
 * The step after the password for an account with two-factor sign-in, or whose role requires it. The password alone
 * grants the session one authority that is no role ({@link #CODE} or {@link #SET_UP}): no screen and no service opens
 * for it but the code or set-up page. The right code then grants the account's roles.
 */
public final class SecondFactor {

    /** The password was right; the code from the authenticator app is still to come. */
    public static final String CODE = "SIGN_IN_CODE_PENDING";
    /** The password was right; a role requires two-factor sign-in, which is still to be set up. */
    public static final String SET_UP = "TWO_FACTOR_SET_UP_PENDING";

    private static final HttpSessionSecurityContextRepository SESSIONS = new HttpSessionSecurityContextRepository();

    private SecondFactor() {
    }

    /** The authority a password alone grants, when a second step follows. */
    static @Nullable GrantedAuthority pendingAuthority(SecondStep step) {
        return switch (step) {
            case NONE -> null;
            case CODE -> new SimpleGrantedAuthority(CODE);
            case SET_UP -> new SimpleGrantedAuthority(SET_UP);
        };
    }

    /** The step this sign-in still waits for; {@link SecondStep#NONE} when it is complete (or nobody signed in). */
    static SecondStep pending(@Nullable Authentication authentication) {
        if (authentication == null) {
            return SecondStep.NONE;
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            if (CODE.equals(authority.getAuthority())) {
                return SecondStep.CODE;
            }
            if (SET_UP.equals(authority.getAuthority())) {
                return SecondStep.SET_UP;
            }
        }
        return SecondStep.NONE;
    }

    static SecondStep pending() {
        return pending(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The second step is done: the session now has the member of staff's roles, kept for its next requests. */
    static void complete(StaffMember me) {
        List<SimpleGrantedAuthority> roles = me.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
        User principal = new User(me.username(), "", roles);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, roles));
        SecurityContextHolder.setContext(context);
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        if (request != null && response != null) {
            SESSIONS.saveContext(context, request.getHttpServletRequest(), response.getHttpServletResponse());
        }
    }
}
