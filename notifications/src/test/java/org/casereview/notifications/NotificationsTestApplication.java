package org.casereview.notifications;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The domain and notifications together, as the applications run them, without any screens. */
@SpringBootApplication(scanBasePackages = "org.casereview")
@EntityScan("org.casereview")
@EnableJpaRepositories("org.casereview")
public class NotificationsTestApplication {
}
