package org.casereview.backoffice.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.casereview.staff.SignInAttempts;
import org.casereview.staff.StaffAccount;
import org.casereview.staff.StaffAccountRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every back-office page needs a signed-in member of staff; each view states the roles it allows, and each service
 * states its own ({@code @PreAuthorize}), so a screen cannot reach more than the service gives. Accounts come from
 * the database; one locked after repeated failed sign-ins is refused until the lock expires.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class BackofficeSecurityConfiguration {

    @Bean
    SecurityFilterChain backofficeSecurity(HttpSecurity http) throws Exception {
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
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
            return User.withUsername(account.getUsername())
                    .password(account.getPasswordHash())
                    .roles(account.getRoles().stream().map(Enum::name).toArray(String[]::new))
                    .disabled(!account.isEnabled())
                    .accountLocked(signIns.isLocked(account))
                    .build();
        };
    }
}
