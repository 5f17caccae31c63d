package org.clinic.platform.demo;

import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Every service keeps its fictional demo data in {@code classpath:db/demo}, apart from its schema in
 * {@code db/migration}, and loads it only while {@code clinic.demo-data} (env CLINIC_DEMO_DATA) is true, so a real
 * clinic sets one switch to start empty. Services pair this with
 * {@code spring.flyway.ignore-migration-patterns: "*:future,repeatable:missing"} so the switch can also be turned
 * off after the demo data was loaded once.
 */
@AutoConfiguration
@ConditionalOnClass({Flyway.class, FlywayConfigurationCustomizer.class})
public class DemoDataAutoConfiguration {

    @Bean
    @ConditionalOnProperty(name = "clinic.demo-data", havingValue = "true", matchIfMissing = false)
    FlywayConfigurationCustomizer demoDataMigrations() {
        return configuration -> configuration.locations("classpath:db/migration", "classpath:db/demo");
    }
}
