package org.clinic.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

class ConsumerRetriesTests {

    private static final Instant T0 = Instant.parse("2026-11-30T12:00:00Z");
    private static final TopicPartition PARTITION = new TopicPartition("t", 0);

    private final MovingClock clock = new MovingClock();
    private final ConsumerRetries retries = new ConsumerRetries(clock, Duration.ofMinutes(6));
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(ConsumerRetries.class);

    @BeforeEach
    void captureLogs() {
        logs.start();
        logger.addAppender(logs);
    }

    @AfterEach
    void stopCapturing() {
        logger.detachAppender(logs);
    }

    @Test
    void aStuckPartitionIsLoggedAtGrowingIntervalsNotAtEveryAttempt() {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("t", 0, 42, "k", "v");
        // An attempt every 30 s (the back-off's cap) for two hours: 240 attempts.
        for (int attempt = 1; attempt <= 240; attempt++) {
            retries.failedDelivery(record, new CannotGetJdbcConnectionException("refused"), attempt);
            clock.advance(Duration.ofSeconds(30));
        }

        List<ILoggingEvent> warnings = logs.list.stream().filter(e -> e.getLevel() == Level.WARN).toList();
        // At 0 s, then after silences of 10, 20, 40, 80, 160, 320 and 600 s (the longest): well under 240 lines.
        assertThat(warnings).hasSizeBetween(15, 20);
        assertThat(warnings.get(0).getFormattedMessage()).contains("t-0", "offset 42", "CannotGetJdbcConnectionException");
        // The last line came at most 10 minutes (20 attempts) before the end.
        assertThat(warnings.get(warnings.size() - 1).getFormattedMessage()).containsPattern("2[2-4]\\d failed attempt");
        assertThat(retries.retryingSince()).contains(T0);
        assertThat(retries.retrying().get(PARTITION).failedAttempts()).isEqualTo(240);
    }

    @Test
    void theRecordGoingThroughEndsTheRetryingAndSaysSo() {
        ConsumerRecord<Object, Object> record = new ConsumerRecord<>("t", 0, 42, "k", "v");
        retries.failedDelivery(record, new CannotGetJdbcConnectionException("refused"), 1);
        clock.advance(Duration.ofSeconds(3));

        retries.success(new ConsumerRecord<>("t", 0, 41, "k", "earlier"), null);
        assertThat(retries.retryingSince()).isPresent();
        retries.success(record, null);

        assertThat(retries.retryingSince()).isEmpty();
        assertThat(logs.list).last().extracting(ILoggingEvent::getFormattedMessage).asString()
                .contains("went past offset 42 after 1 failed attempt(s) in 3 s");
    }

    @Test
    void aPartitionThatStoppedFailingLongAgoNoLongerCounts() {
        retries.failedDelivery(new ConsumerRecord<>("t", 0, 42, "k", "v"), new IllegalStateException("x"), 1);
        clock.advance(Duration.ofMinutes(7)); // revoked in a rebalance, say: no success will be seen here

        assertThat(retries.retryingSince()).isEmpty();
    }

    @Test
    void anUnreadableRecordIsNotReportedAsStuckButAFailedDeadLetteringIs() {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("t", 0, 7, "k", "v");
        var unreadable = new UnreadableRecordException("no eventType");

        retries.failedDelivery(record, unreadable, 1);
        assertThat(logs.list).isEmpty();
        retries.recoveryFailed(record, unreadable, new CannotGetJdbcConnectionException("refused"));

        assertThat(logs.list).singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
                .contains("t-0@7 could not be dead-lettered yet", "CannotGetJdbcConnectionException");
        retries.recovered(record, unreadable);
        assertThat(retries.retryingSince()).isEmpty();
    }

    @Test
    void aStuckPartitionShowsInTheGaugesUntilItsRecordGoesThrough() {
        var registry = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
        new ConsumerRetryMetrics(retries).bindTo(registry);
        ConsumerRecord<Object, Object> record = new ConsumerRecord<>("t", 0, 42, "k", "v");
        assertThat(registry.get("clinic.consumer.retrying.partitions").gauge().value()).isZero();

        retries.failedDelivery(record, new CannotGetJdbcConnectionException("database away"), 1);
        clock.advance(Duration.ofSeconds(90));
        retries.failedDelivery(record, new CannotGetJdbcConnectionException("database away"), 2);
        assertThat(registry.get("clinic.consumer.retrying.partitions").gauge().value()).isEqualTo(1);
        assertThat(registry.get("clinic.consumer.retrying").gauge().value()).isEqualTo(90);

        retries.success(record, null);
        assertThat(registry.get("clinic.consumer.retrying.partitions").gauge().value()).isZero();
        assertThat(registry.get("clinic.consumer.retrying").gauge().value()).isZero();
    }

    private static final class MovingClock extends Clock {
        private Instant now = T0;

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
