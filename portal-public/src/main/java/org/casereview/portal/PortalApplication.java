package org.casereview.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The public portal: residents apply for a Community Trigger / ASB Case Review here. */
@SpringBootApplication(scanBasePackages = "org.casereview")
@EntityScan("org.casereview")
@EnableJpaRepositories("org.casereview")
public class PortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }
}
