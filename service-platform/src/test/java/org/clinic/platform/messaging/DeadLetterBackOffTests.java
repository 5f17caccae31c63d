package org.clinic.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.util.backoff.BackOffExecution;

class DeadLetterBackOffTests {

    @Test
    void deadLettersAtOnceAndWaitsLongerAfterEachFailedTry() {
        var retry = new ConsumerRetryProperties(Duration.ofMillis(500), 2.0, Duration.ofSeconds(30));
        BackOffExecution execution = new DeadLetterBackOff(retry).start();

        long[] calls = new long[16];
        for (int i = 0; i < calls.length; i++) {
            calls[i] = execution.nextBackOff();
        }

        assertThat(calls).containsExactly(BackOffExecution.STOP, 500, BackOffExecution.STOP, 1000,
                BackOffExecution.STOP, 2000, BackOffExecution.STOP, 4000, BackOffExecution.STOP, 8000,
                BackOffExecution.STOP, 16000, BackOffExecution.STOP, 30000, BackOffExecution.STOP, 30000);
    }

    @Test
    void recordFaultsTellTheRecordsFaultFromTheWorlds() {
        assertThat(RecordFaults.isUnreadable(new IllegalStateException("wrapped",
                new UnreadableRecordException("no eventType")))).isTrue();
        assertThat(RecordFaults.isUnreadable(new ClassCastException())).isTrue();
        assertThat(RecordFaults.isUnreadable(new IllegalStateException("database away"))).isFalse();
        assertThat(RecordFaults.reason(new UnreadableRecordException("no  eventType\n here")))
                .isEqualTo("UnreadableRecordException: no eventType here");
        // A parser's message can quote the record: only the type is kept.
        assertThat(RecordFaults.reason(new ClassCastException("ana@example.org"))).isEqualTo("ClassCastException");
    }
}
