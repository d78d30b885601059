package org.casereview.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import javax.sql.DataSource;
import java.nio.file.Path;

/**
 * The default database: with no {@code spring.datasource.url} (set by {@code CASEREVIEW_DB_URL} or
 * {@code SPRING_DATASOURCE_URL}) the application starts an embedded MariaDB under {@code ./data/}.
 * With a URL, nothing embedded starts and Spring Boot's own data source is used.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatabaseUrl.class)
public class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(
            @Value("${casereview.embedded-db.server-directory:./data/mariadb-server}") Path serverDirectory,
            @Value("${casereview.embedded-db.data-directory:./data/mariadb}") Path dataDirectory,
            @Value("${casereview.embedded-db.port:3307}") int port,
            @Value("${casereview.embedded-db.fresh:false}") boolean fresh) {
        return EmbeddedMariaDb.start(serverDirectory, dataDirectory, port, "casereview", fresh);
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb db) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(db.jdbcUrl());
        dataSource.setUsername("root");
        dataSource.setPassword("");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    static class NoDatabaseUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
