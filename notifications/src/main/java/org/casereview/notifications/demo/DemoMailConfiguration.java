package org.casereview.notifications.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "casereview.demo.mail-catcher", havingValue = "true")
class DemoMailConfiguration {

    @Bean(destroyMethod = "close")
    DemoMailServer demoMailServer(@Value("${spring.mail.port:3025}") int port) {
        return new DemoMailServer(port);
    }
}
