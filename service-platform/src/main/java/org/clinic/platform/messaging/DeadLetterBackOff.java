package org.clinic.platform.messaging;

import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/**
 * The back-off of an unreadable record: dead-letter it at once ({@link BackOffExecution#STOP} makes the error handler
 * call the recoverer), and should that fail (the dead-letter store or topic is unreachable), wait before the next
 * try, longer each time as for any transient failure, instead of spinning on the record. Relies on the error handler
 * keeping the record's state when recovery fails ({@code setResetStateOnRecoveryFailure(false)}): every second call
 * is a wait, every other one a new attempt to dead-letter.
 */
final class DeadLetterBackOff implements BackOff {

    private final ConsumerRetryProperties retry;

    DeadLetterBackOff(ConsumerRetryProperties retry) {
        this.retry = retry;
    }

    @Override
    public BackOffExecution start() {
        return new BackOffExecution() {
            private int calls;

            @Override
            public long nextBackOff() {
                calls++;
                return calls % 2 == 1 ? STOP : retry.intervalMillis(calls / 2);
            }
        };
    }
}
