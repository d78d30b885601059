package org.casereview.notifications;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the background work of notifications (the outbox sender, and the agencies' reminders, which only write to the
 * outbox) unless {@code casereview.outbox.sender-enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "casereview.outbox.sender-enabled", havingValue = "true", matchIfMissing = true)
class NotificationsConfiguration {
}
