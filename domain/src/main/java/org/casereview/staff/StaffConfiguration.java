package org.casereview.staff;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

import java.util.Map;

@Configuration(proxyBeanMethods = false)
class StaffConfiguration {

    /** The id new hashes are stored with: PBKDF2-HMAC-SHA256, 310,000 iterations (Spring Security's defaults). */
    static final String PBKDF2 = "pbkdf2@SpringSecurity_v5_8";

    /**
     * Hashes stored with their algorithm ({pbkdf2@…}…), so a stronger one can be introduced without a reset. New
     * passwords use PBKDF2, which has no length limit; bcrypt refuses more than 72 bytes, too few for the long
     * passphrases the password rule allows. Hashes stored earlier with bcrypt still match.
     */
    @Bean
    @SuppressWarnings("deprecation")
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(PBKDF2, Map.of(
                PBKDF2, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder(),
                // Only the tests' fixtures use it; nobody can set such a hash through the application.
                "noop", NoOpPasswordEncoder.getInstance()));
    }
}
