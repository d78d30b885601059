package org.casereview.backoffice.security;

import org.casereview.staff.StaffAccount;
import org.casereview.staff.StaffAccountRepository;
import org.casereview.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signs in through the real filter chain, as the login form does: five wrong passwords lock the account, and then
 * even the right one is refused until the lock ends.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "casereview.security.lock-duration=15m")
class SignInLockoutTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffAccountRepository accounts;
    @Autowired
    PasswordEncoder passwordEncoder;

    /** Posts the login form; returns where the server sends the browser next. */
    String signIn(String username, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        // Fetch the login page first, as a browser does, for the session and any CSRF cookie.
        client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.discarding());
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).as("a redirect after the form").isEqualTo(302);
        return response.headers().firstValue("Location").orElse("");
    }

    @Test
    void five_wrong_passwords_lock_the_account_and_the_right_one_is_then_refused() throws Exception {
        accounts.save(new StaffAccount("locktest", "Lock Test",
                passwordEncoder.encode("the right password"), EnumSet.of(StaffRole.CASE_OFFICER), null, false));

        assertThat(signIn("locktest", "the right password")).doesNotContain("error");
        for (int i = 0; i < 5; i++) {
            assertThat(signIn("locktest", "wrong " + i)).contains("/login?error");
        }

        StaffAccount locked = accounts.findByUsername("locktest").orElseThrow();
        assertThat(locked.getFailedLogins()).isEqualTo(5);
        assertThat(locked.getLockedUntil()).isNotNull();
        assertThat(signIn("locktest", "the right password")).contains("/login?error");
        assertThat(accounts.findByUsername("locktest").orElseThrow().getLastSignedInAt())
                .isBefore(locked.getLockedUntil());
    }

    @Test
    void a_successful_sign_in_clears_the_count() throws Exception {
        accounts.save(new StaffAccount("resettest", "Reset Test",
                passwordEncoder.encode("the right password"), EnumSet.of(StaffRole.MANAGER), null, false));
        signIn("resettest", "wrong");
        signIn("resettest", "wrong again");
        assertThat(accounts.findByUsername("resettest").orElseThrow().getFailedLogins()).isEqualTo(2);

        assertThat(signIn("resettest", "the right password")).doesNotContain("error");

        assertThat(accounts.findByUsername("resettest").orElseThrow().getFailedLogins()).isZero();
    }
}
