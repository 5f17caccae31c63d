package org.clinic.platform.retention;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionTemplate;

/** A service that declares {@link RetentionRule} beans gets the job that applies them. */
// After the consumer faults' configuration, whose dead-letter rule may be a service's only one.
@AutoConfiguration(afterName = {"org.clinic.platform.messaging.ConsumerFaultsAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration"})
@ConditionalOnClass(JdbcClient.class)
@ConditionalOnBean({RetentionRule.class, JdbcClient.class, DataSource.class})
@EnableConfigurationProperties(RetentionProperties.class)
@EnableScheduling
public class RetentionAutoConfiguration {

    @Bean
    RetentionJob retentionJob(DataSource dataSource, JdbcClient jdbc, TransactionTemplate transactions,
            List<RetentionRule> rules, RetentionProperties properties, ObjectProvider<Clock> clock) {
        return new RetentionJob(dataSource, jdbc, transactions, rules, properties,
                clock.getIfAvailable(Clock::systemUTC));
    }
}
