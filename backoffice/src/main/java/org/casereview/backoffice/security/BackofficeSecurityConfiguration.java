package org.casereview.backoffice.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.casereview.staff.SignInAttempts;
import org.casereview.staff.StaffAccount;
import org.casereview.staff.StaffAccountRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import java.time.Clock;
import java.time.Duration;

/**
 * Every back-office page needs a signed-in member of staff; each view states the roles it allows, and each service
 * states its own ({@code @PreAuthorize}), so a screen cannot reach more than the service gives. Accounts come from
 * the database; one locked after repeated failed sign-ins is refused until the lock expires. An account with
 * two-factor sign-in (or whose role requires it) gets its roles only after the second step ({@link SecondFactor}).
 * A session ends after a fixed time however busy it is ({@link SessionRules}), as well as when it is left idle.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class BackofficeSecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    @Bean
    SecurityFilterChain backofficeSecurity(HttpSecurity http, Clock clock,
                                           @Value("${casereview.security.absolute-session-timeout:10h}")
                                           Duration absoluteTimeout) throws Exception {
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        http.addFilterBefore(new SessionRules(clock, absoluteTimeout), AuthorizationFilter.class);
        // The same web-edge headers as the portal (see PortalSecurityConfiguration): Vaadin needs inline and eval'd
        // script; nothing may frame the pages; the headers are written before Vaadin's forward to its servlet.
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true))
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        return http.build();
    }

    /** Publishes sign-in successes and failures as events, which {@link SignInEvents} counts. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    UserDetailsService staffAccounts(StaffAccountRepository accounts, SignInAttempts signIns) {
        return username -> {
            StaffAccount account = accounts.findByUsername(username)
                    .orElseThrow(() -> new UsernameNotFoundException("No such account"));
            User.UserBuilder user = User.withUsername(account.getUsername())
                    .password(account.getPasswordHash())
                    .disabled(!account.isEnabled())
                    .accountLocked(signIns.isLocked(account));
            // With a second step to come, the password alone grants no role (see SecondFactor).
            GrantedAuthority pending = SecondFactor.pendingAuthority(signIns.secondStep(account));
            return pending != null ? user.authorities(pending).build()
                    : user.roles(account.getRoles().stream().map(Enum::name).toArray(String[]::new)).build();
        };
    }
}
