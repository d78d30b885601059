package org.casereview.backoffice.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The absolute session time-out and the redirect of a sign-in that waits for its second step. */
class SessionRulesTest {

    static final Instant SIGN_IN = Instant.parse("2026-03-02T08:00:00Z");
    final MockHttpSession session = new MockHttpSession();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static void signedInWith(String authority) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "officer", null, List.of(new SimpleGrantedAuthority(authority))));
    }

    MockHttpServletResponse get(String path, Instant at, boolean page) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setSession(session);
        if (page) {
            request.addHeader("Accept", "text/html,application/xhtml+xml");
        } else {
            request.setParameter("v-r", "uidl");
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SessionRules(Clock.fixed(at, ZoneOffset.UTC), Duration.ofHours(10))
                .doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void a_busy_session_still_ends_ten_hours_after_sign_in() throws Exception {
        signedInWith("ROLE_CASE_OFFICER");
        assertThat(get("/queue", SIGN_IN, true).getRedirectedUrl()).isNull();
        assertThat(get("/cases", SIGN_IN.plus(Duration.ofHours(9).plusMinutes(59)), true).getRedirectedUrl())
                .isNull();
        assertThat(session.isInvalid()).isFalse();

        MockHttpServletResponse late = get("/cases", SIGN_IN.plus(Duration.ofHours(10)), true);

        assertThat(late.getRedirectedUrl()).isEqualTo("/login?ended");
        assertThat(session.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void vaadins_own_requests_in_an_ended_session_go_on_signed_out() throws Exception {
        signedInWith("ROLE_MANAGER");
        get("/", SIGN_IN, false);
        MockHttpServletResponse late = get("/", SIGN_IN.plus(Duration.ofHours(11)), false);
        assertThat(late.getRedirectedUrl()).isNull();
        assertThat(session.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void a_sign_in_waiting_for_its_code_opens_only_the_code_page() throws Exception {
        signedInWith(SecondFactor.CODE);
        assertThat(get("/queue", SIGN_IN, true).getRedirectedUrl()).isEqualTo("/signin/code");
        assertThat(get("/", SIGN_IN, true).getRedirectedUrl()).isEqualTo("/signin/code");
        assertThat(get("/signin/code", SIGN_IN, true).getRedirectedUrl()).isNull();
        assertThat(get("/", SIGN_IN, false).getRedirectedUrl()).isNull();
    }

    @Test
    void a_sign_in_whose_role_requires_two_factor_is_sent_to_set_it_up() throws Exception {
        signedInWith(SecondFactor.SET_UP);
        assertThat(get("/admin/staff", SIGN_IN, true).getRedirectedUrl()).isEqualTo("/signin/two-factor");
        assertThat(get("/signin/two-factor", SIGN_IN, true).getRedirectedUrl()).isNull();
    }
}
