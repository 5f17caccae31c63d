package org.clinic.platform.metrics;

import io.micrometer.core.instrument.binder.MeterBinder;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A service with a database and Micrometer keeps its {@link DatabaseGauges} current. */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass({MeterBinder.class, JdbcClient.class})
@ConditionalOnBean(DataSource.class)
@EnableConfigurationProperties(MetricsProperties.class)
public class MetricsAutoConfiguration {

    @Bean
    DatabaseGaugeRefresher databaseGaugeRefresher(ObjectProvider<DatabaseGauges> gauges, DataSource dataSource,
            MetricsProperties properties) {
        return new DatabaseGaugeRefresher(gauges.orderedStream().toList(), dataSource, properties);
    }
}
