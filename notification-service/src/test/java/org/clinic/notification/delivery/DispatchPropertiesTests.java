package org.clinic.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DispatchPropertiesTests {

    private final DispatchProperties properties =
            new DispatchProperties(Duration.ofSeconds(1), 50, 8, Duration.ofSeconds(10), Duration.ofMinutes(30));

    @Test
    void retryDelayDoublesAfterEachFailure() {
        assertThat(properties.retryDelayAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(properties.retryDelayAfter(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(properties.retryDelayAfter(4)).isEqualTo(Duration.ofSeconds(80));
    }

    @Test
    void retryDelayNeverExceedsTheCapEvenAfterManyFailures() {
        assertThat(properties.retryDelayAfter(9)).isEqualTo(Duration.ofMinutes(30));
        assertThat(properties.retryDelayAfter(1_000)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void rejectsZeroAttempts() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new DispatchProperties(Duration.ofSeconds(1), 50, 0, Duration.ofSeconds(10), Duration.ofMinutes(30)));
    }
}
