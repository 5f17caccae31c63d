package org.clinic.system.faults;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.Callable;

/** How long a drill keeps its fault in place. */
final class Faults {

    private Faults() {
    }

    /**
     * Keeps a fault in place for at least {@code length} (the length is what the drill is about) and until
     * {@code felt} says the system noticed it, so a drill cannot pass with a fault nobody ran into.
     */
    static void hold(Duration length, Callable<Boolean> felt) {
        await().pollDelay(length).pollInterval(Duration.ofMillis(200)).atMost(length.plus(Duration.ofMinutes(2)))
                .until(felt);
    }
}
