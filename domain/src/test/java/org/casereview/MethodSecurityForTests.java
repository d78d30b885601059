package org.casereview;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/** The back office turns method security on; the domain's tests do the same, so @PreAuthorize is tested here too. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class MethodSecurityForTests {
}
