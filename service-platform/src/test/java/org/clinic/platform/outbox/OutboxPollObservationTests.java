package org.clinic.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.ObservationPredicate;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.ScheduledTaskObservationContext;

/** The relay's polls make no traces; other scheduled work (a reminder run, a purge) still does. */
class OutboxPollObservationTests {

    private final ObservationPredicate predicate = new OutboxAutoConfiguration().outboxPollsAreNotObserved();

    @Test
    void theRelaysPollIsNotObserved() throws Exception {
        var relay = new OutboxRelay(null, null, null, null);
        var poll = new ScheduledTaskObservationContext(relay, OutboxRelay.class.getMethod("relay"));

        assertThat(predicate.test("tasks.scheduled.execution", poll)).isFalse();
    }

    @Test
    void otherScheduledWorkIs() throws Exception {
        var other = new ScheduledTaskObservationContext(this, getClass().getDeclaredMethod("otherScheduledWorkIs"));

        assertThat(predicate.test("tasks.scheduled.execution", other)).isTrue();
    }
}
