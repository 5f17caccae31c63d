package org.clinic.platform.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.kafka.listener.RetryListener;

/**
 * Which partitions are stuck on a failing record, since when: the error handler reports each failed attempt
 * ({@link RetryListener}), the container each record that went through ({@link RecordInterceptor}).
 *
 * <p>With retries unlimited a stuck partition must be visible, but not by a log line per attempt for days: the first
 * failure is logged at WARN, then again after 10 s, 20 s, 40 s … and every 10 minutes at most, each time with the
 * count and the duration; the success that ends it at INFO. {@link #retryingSince()} and {@link #retrying()} are
 * for metrics and health.
 */
public class ConsumerRetries implements RetryListener, RecordInterceptor<Object, Object> {

    private static final Logger log = LoggerFactory.getLogger(ConsumerRetries.class);
    private static final Duration FIRST_REPEAT = Duration.ofSeconds(10);
    private static final Duration LONGEST_SILENCE = Duration.ofMinutes(10);

    private final Map<TopicPartition, State> partitions = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration staleAfter;

    /**
     * @param staleAfter a partition that has not failed for this long is no longer counted as retrying: it may have
     *                   been handed to another instance in a rebalance, and no success will be seen here
     */
    public ConsumerRetries(Clock clock, Duration staleAfter) {
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    /** A record being retried: the partition and offset, since when, how many attempts failed, the last failure. */
    public record Retrying(TopicPartition partition, long offset, Instant since, int failedAttempts,
            String lastFailure) {
    }

    /** When the longest-stuck partition of this instance started failing; empty when none is. */
    public Optional<Instant> retryingSince() {
        return current().values().stream().map(Retrying::since).min(Comparator.naturalOrder());
    }

    /** How long the longest-stuck partition of this instance has been failing; zero when none is. */
    public Duration longestRetrying() {
        return retryingSince().map(since -> Duration.between(since, clock.instant())).orElse(Duration.ZERO);
    }

    /** Every partition of this instance that is retrying a record right now. */
    public Map<TopicPartition, Retrying> retrying() {
        return current();
    }

    @Override
    public void failedDelivery(ConsumerRecord<?, ?> record, @Nullable Exception ex, int deliveryAttempt) {
        Instant now = clock.instant();
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        State state = partitions.compute(partition, (p, old) -> old == null || old.offset != record.offset()
                ? new State(record.offset(), now) : old);
        state.failed(now, describe(ex));
        if (ex != null && RecordFaults.isUnreadable(ex)) {
            return; // dead-lettered right away; the recoverer logs that, or its failure below
        }
        if (state.dueForLog(now)) {
            log.warn("Consumer of {} is stuck at offset {}: {} failed attempt(s) in {} s, retrying until it succeeds "
                            + "(last failure: {})", partition, record.offset(), state.failures,
                    Duration.between(state.since, now).toSeconds(), state.lastFailure);
        }
    }

    @Override
    public void recovered(ConsumerRecord<?, ?> record, @Nullable Exception ex) {
        partitions.remove(new TopicPartition(record.topic(), record.partition()));
    }

    @Override
    public void recoveryFailed(ConsumerRecord<?, ?> record, @Nullable Exception original, Exception failure) {
        Instant now = clock.instant();
        State state = partitions.get(new TopicPartition(record.topic(), record.partition()));
        if (state == null || state.dueForLog(now)) {
            log.warn("Unreadable record {}-{}@{} could not be dead-lettered yet ({}); the partition waits and tries "
                            + "again", record.topic(), record.partition(), record.offset(), describe(failure));
        }
    }

    @Override
    public @Nullable ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
            Consumer<Object, Object> consumer) {
        return record;
    }

    @Override
    public void success(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        State state = partitions.get(partition);
        if (state != null && record.offset() >= state.offset && partitions.remove(partition, state)) {
            log.info("Consumer of {} went past offset {} after {} failed attempt(s) in {} s", partition, state.offset,
                    state.failures, Duration.between(state.since, clock.instant()).toSeconds());
        }
    }

    private Map<TopicPartition, Retrying> current() {
        Instant staleBefore = clock.instant().minus(staleAfter);
        partitions.entrySet().removeIf(e -> e.getValue().lastFailureAt.isBefore(staleBefore));
        return partitions.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                e -> e.getValue().snapshot(e.getKey())));
    }

    /** Exception types and the innermost message: what failed, e.g. a refused connection, without a stack trace. */
    static String describe(@Nullable Throwable failure) {
        if (failure == null) {
            return "unknown";
        }
        if (RecordFaults.isUnreadable(failure)) {
            return RecordFaults.reason(failure);
        }
        Throwable root = NestedExceptionUtils.getMostSpecificCause(failure);
        String text = root.getClass().getSimpleName() + (root.getMessage() == null ? ""
                : ": " + root.getMessage().replaceAll("\\s+", " "));
        return text.length() <= 300 ? text : text.substring(0, 299) + "…";
    }

    private static final class State {
        final long offset;
        final Instant since;
        volatile int failures;
        volatile Instant lastFailureAt;
        volatile String lastFailure = "";
        private Instant nextLogAt;
        private Duration silence = FIRST_REPEAT;

        State(long offset, Instant since) {
            this.offset = offset;
            this.since = since;
            this.lastFailureAt = since;
            this.nextLogAt = since;
        }

        void failed(Instant at, String failure) {
            failures++;
            lastFailureAt = at;
            lastFailure = failure;
        }

        /** True at the first failure, then after growing silences. */
        synchronized boolean dueForLog(Instant now) {
            if (now.isBefore(nextLogAt)) {
                return false;
            }
            nextLogAt = now.plus(silence);
            silence = silence.multipliedBy(2).compareTo(LONGEST_SILENCE) > 0 ? LONGEST_SILENCE : silence.multipliedBy(2);
            return true;
        }

        Retrying snapshot(TopicPartition partition) {
            return new Retrying(partition, offset, since, failures, lastFailure);
        }
    }
}
