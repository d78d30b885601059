package org.casereview.notifications;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/** The back office turns method security on; these tests do the same, so the previews' @PreAuthorize is tested. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class MethodSecurityForTests {
}
