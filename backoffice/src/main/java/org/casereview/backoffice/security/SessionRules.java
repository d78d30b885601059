package org.casereview.backoffice.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.casereview.staff.SecondStep;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Two rules on every request of a signed-in session. A session ends a fixed time after sign-in however busy it is
 * (the idle time-out ends one that is left alone). And a sign-in waiting for its second step opens only the page for
 * that step: any page asked for is redirected there.
 */
class SessionRules extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = SessionRules.class.getName() + ".signedInAt";
    static final String CODE_PATH = "/signin/code";
    static final String SET_UP_PATH = "/signin/two-factor";

    private final Clock clock;
    private final Duration maximumAge;

    SessionRules(Clock clock, Duration maximumAge) {
        this.clock = clock;
        this.maximumAge = maximumAge;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken || session == null) {
            chain.doFilter(request, response);
            return;
        }
        Instant now = clock.instant();
        if (!(session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt)) {
            session.setAttribute(SIGNED_IN_AT, now);
        } else if (!now.isBefore(signedInAt.plus(maximumAge))) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            if (isPageRequest(request)) {
                response.sendRedirect(request.getContextPath() + "/login?ended");
                return;
            }
            // Vaadin's own requests go on without a session: Vaadin finds its UI gone and reloads the page, which
            // then asks for the sign-in.
            chain.doFilter(request, response);
            return;
        }
        SecondStep pending = SecondFactor.pending(authentication);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (pending != SecondStep.NONE && isPageRequest(request) && !path.startsWith("/signin/")
                && !path.startsWith("/login") && !path.startsWith("/logout")) {
            response.sendRedirect(request.getContextPath() + (pending == SecondStep.CODE ? CODE_PATH : SET_UP_PATH));
            return;
        }
        chain.doFilter(request, response);
    }

    /** A page the browser opens (not Vaadin's own requests, scripts, styles or images). */
    private static boolean isPageRequest(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return "GET".equals(request.getMethod()) && request.getParameter("v-r") == null
                && !request.getRequestURI().contains("/VAADIN/") && accept != null && accept.contains("text/html");
    }
}
