package org.clinic.platform.messaging;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.clinic.platform.retention.RetentionRule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.ExponentialBackOff;
import tools.jackson.databind.json.JsonMapper;

/**
 * How every consuming service survives faults. Boot applies the {@link CommonErrorHandler} and the
 * {@link ConsumerRetries} interceptor defined here to its auto-configured listener container factory, so a
 * {@code @KafkaListener} gets this without configuration:
 * <ul>
 *   <li>a record that can never be processed ({@link UnreadableRecordException}, a failed deserialization or
 *       conversion) goes at once to the service's {@link DeadLetters} store and to {@code <topic>.DLT};</li>
 *   <li>any other failure (database or broker away, a timeout, an exception nobody expected) is retried without
 *       limit, with exponential back-off up to {@code clinic.consumer.retry.max-interval}; the partition waits, is
 *       logged at growing intervals and shows in {@link ConsumerRetries}. It is never dead-lettered.</li>
 * </ul>
 * The service's migrations must create the {@code dead_letter} table (see booking's V9 or notification's V4).
 */
@AutoConfiguration(afterName = {"org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
        "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration"})
@ConditionalOnClass({DefaultErrorHandler.class, JdbcClient.class})
@ConditionalOnBean({KafkaTemplate.class, JdbcClient.class, TransactionTemplate.class})
@EnableConfigurationProperties(ConsumerRetryProperties.class)
public class ConsumerFaultsAutoConfiguration {

    @Bean
    ConsumerRetries consumerRetries(ConsumerRetryProperties retry) {
        // Real time, not a service's business clock: this measures how long a partition has been stuck.
        return new ConsumerRetries(Clock.systemUTC(), retry.maxInterval().plus(Duration.ofMinutes(5)));
    }

    /** Only where Micrometer is (every service has it with its actuator; the platform's own tests need not). */
    @Bean
    @ConditionalOnClass(name = "io.micrometer.core.instrument.binder.MeterBinder")
    ConsumerRetryMetrics consumerRetryMetrics(ConsumerRetries retries) {
        return new ConsumerRetryMetrics(retries);
    }

    @Bean
    DeadLetters deadLetters(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json,
            ObjectProvider<DeadLetterHook> hooks, ObjectProvider<Clock> clock) {
        return new DeadLetters(jdbc, transactions, json, hooks.orderedStream().toList(),
                clock.getIfAvailable(Clock::systemUTC));
    }

    /**
     * Dead letters hold records as received, patients' details among them: every consuming service deletes them
     * this long after they arrived ({@code clinic.retention.dead-letters}, 30 days); an operator replays them well
     * before.
     */
    @Bean
    RetentionRule deadLettersRetention(@Value("${clinic.retention.dead-letters:30d}") Duration keepFor) {
        return DeadLetters.retention(keepFor);
    }

    @Bean
    DeadLetterReplay deadLetterReplay(DeadLetters deadLetters, KafkaTemplate<String, String> kafka,
            TransactionTemplate transactions) {
        return new DeadLetterReplay(deadLetters, kafka, transactions);
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler consumerErrorHandler(DeadLetters deadLetters, KafkaTemplate<?, ?> kafka,
            ConsumerRetryProperties retry, ConsumerRetries retries) {
        return errorHandler(new DeadLetterRecoverer(deadLetters, kafka), retry, retries);
    }

    /**
     * The policy itself, for a service that builds a container factory of its own.
     *
     * <p>Spring Kafka's classification of fatal exceptions is switched off, since it would skip the back-off that
     * {@link DeadLetterBackOff} needs when dead-lettering fails; the back-off function classifies instead. Spring
     * Framework 7's {@link ExponentialBackOff} has no limit on attempts or elapsed time by default. The wait runs on
     * the consumer thread ({@code DefaultBackOffHandler}, which stops early when the container stops) before the
     * partition is sought back to the failed record; with waits of at most 2 minutes a poll follows well within
     * {@code max.poll.interval.ms}.
     */
    public static DefaultErrorHandler errorHandler(DeadLetterRecoverer recoverer, ConsumerRetryProperties retry,
            ConsumerRetries retries) {
        var transient_ = new ExponentialBackOff(retry.initialInterval().toMillis(), retry.multiplier());
        transient_.setMaxInterval(retry.maxInterval().toMillis());
        var handler = new DefaultErrorHandler(recoverer, transient_);
        handler.setClassifications(Map.of(), true);
        var unreadable = new DeadLetterBackOff(retry);
        handler.setBackOffFunction((record, ex) -> ex != null && RecordFaults.isUnreadable(ex) ? unreadable : null);
        handler.setResetStateOnRecoveryFailure(false);
        // A record is unreadable or not from its first failure on, while a transient failure's type changes as an
        // outage goes on (refused connection, pool timeout, broken connection): the back-off must keep growing.
        handler.setResetStateOnExceptionChange(false);
        handler.setRetryListeners(retries);
        return handler;
    }
}
