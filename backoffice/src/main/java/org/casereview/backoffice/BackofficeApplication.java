package org.casereview.backoffice;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The back office: the Community Safety Unit's and partner agencies' application. */
@SpringBootApplication(scanBasePackages = "org.casereview")
@EntityScan("org.casereview")
@EnableJpaRepositories("org.casereview")
public class BackofficeApplication {

    public static void main(String[] args) {
        SpringApplication.run(BackofficeApplication.class, args);
    }
}
