package org.casereview.backoffice.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.casereview.staff.StaffAccount;
import org.casereview.staff.StaffAccountRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/** Every back-office page needs a signed-in member of staff; each view states the roles it allows. */
@Configuration
@EnableWebSecurity
class BackofficeSecurityConfiguration {

    @Bean
    SecurityFilterChain backofficeSecurity(HttpSecurity http) throws Exception {
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService staffAccounts(StaffAccountRepository accounts) {
        return username -> {
            StaffAccount account = accounts.findByUsername(username)
                    .orElseThrow(() -> new UsernameNotFoundException("No such account"));
            return User.withUsername(account.getUsername())
                    .password(account.getPasswordHash())
                    .roles(account.getRoles().stream().map(Enum::name).toArray(String[]::new))
                    .disabled(!account.isEnabled())
                    .build();
        };
    }
}
