package org.clinic.platform.outbox;

import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.observation.ObservationPredicate;
import org.clinic.platform.tracing.TraceParents;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.support.ScheduledTaskObservationContext;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service that has both JDBC and a Kafka producer publishes its events through the same outbox and relay.
 * Conditional on the KafkaTemplate bean, not only its class: a test classpath may carry Kafka without a producer.
 */
@AutoConfiguration(afterName = {"org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration"})
@ConditionalOnClass({KafkaTemplate.class, JdbcClient.class})
@ConditionalOnBean({KafkaTemplate.class, JdbcClient.class})
@EnableConfigurationProperties(OutboxProperties.class)
@EnableScheduling
public class OutboxAutoConfiguration {

    @Bean
    Outbox outbox(JdbcClient jdbc, JsonMapper json, ObjectProvider<TraceParents> traces) {
        return new Outbox(jdbc, json, traces.getIfAvailable(TraceParents::none));
    }

    @Bean
    OutboxRelay outboxRelay(JdbcClient jdbc, KafkaTemplate<String, String> kafka, TransactionTemplate transaction,
            OutboxProperties properties, ObjectProvider<TraceParents> traces) {
        return new OutboxRelay(jdbc, kafka, transaction, properties, traces.getIfAvailable(TraceParents::none));
    }

    /**
     * The relay polls several times a second, and almost every poll finds nothing: a trace (and a timer sample) for
     * each would bury the traces that matter. Each event it publishes gets a span of its own, in its request's trace.
     */
    @Bean
    ObservationPredicate outboxPollsAreNotObserved() {
        return (name, context) -> !(context instanceof ScheduledTaskObservationContext task
                && OutboxRelay.class.isAssignableFrom(task.getTargetClass()));
    }

    /** The relay's backlog as gauges, where Micrometer is present (every service with an actuator). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterBinder.class)
    static class OutboxMetrics {

        @Bean
        OutboxBacklog outboxBacklog() {
            return new OutboxBacklog();
        }
    }
}
