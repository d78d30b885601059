package org.casereview;

import org.hibernate.cfg.AvailableSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

@Configuration(proxyBeanMethods = false)
public class DomainConfiguration {

    /** Councils in England and Wales work in UK time; a date received is a date in London. */
    public static final ZoneId UK = ZoneId.of("Europe/London");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(UK);
    }

    /**
     * Rows whose ids come from a sequence (an application's incidents, history entries) are sent as one JDBC batch
     * per table at the flush, not one round trip each; inserts are ordered by table so that the batches stay whole.
     */
    @Bean
    HibernatePropertiesCustomizer batchedInserts() {
        return properties -> {
            properties.putIfAbsent(AvailableSettings.STATEMENT_BATCH_SIZE, 50);
            properties.putIfAbsent(AvailableSettings.ORDER_INSERTS, true);
        };
    }
}
