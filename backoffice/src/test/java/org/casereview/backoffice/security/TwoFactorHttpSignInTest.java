package org.casereview.backoffice.security;

import org.casereview.staff.Base32;
import org.casereview.staff.StaffAccount;
import org.casereview.staff.StaffAccountRepository;
import org.casereview.staff.StaffRole;
import org.casereview.staff.Totp;
import org.casereview.staff.TwoFactor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Through the real filter chain: a right password alone opens nothing but the page that asks for the code. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TwoFactorHttpSignInTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffAccountRepository accounts;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    TwoFactor twoFactor;

    final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<Void> open(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.discarding());
    }

    String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("").replace("http://localhost:" + port, "");
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void after_the_password_every_page_leads_to_the_code_page() throws Exception {
        org.casereview.backoffice.KaribuTest.useSecurityOf(context);
        accounts.save(new StaffAccount("tfhttp", "Two Factor", passwordEncoder.encode("the right password"),
                EnumSet.of(StaffRole.CASE_OFFICER), null, false));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "tfhttp", null, List.of(new SimpleGrantedAuthority("ROLE_CASE_OFFICER"))));
        SecurityContextHolder.setContext(context);
        TwoFactor.SetUp setUp = twoFactor.begin();
        twoFactor.confirm(setUp, Totp.code(Base32.decode(setUp.secret()), Totp.step(Instant.now())));
        SecurityContextHolder.clearContext();

        open("/login");
        HttpResponse<Void> signedIn = browser.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=tfhttp&password="
                        + URLEncoder.encode("the right password", StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(location(signedIn)).doesNotContain("error");

        assertThat(location(open("/"))).isEqualTo("/signin/code");
        assertThat(location(open("/queue"))).isEqualTo("/signin/code");
        assertThat(location(open("/cases/1"))).isEqualTo("/signin/code");
        assertThat(open("/signin/code").statusCode()).isEqualTo(200);
    }
}
