package org.clinic.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SamplesTests {

    private static final long MS = 1_000_000;

    /** Ten requests a second for three seconds; those due in the first second took 900 ms, the others 20 ms. */
    private static Samples slowFirstSecond() {
        long[] due = new long[30];
        long[] latency = new long[30];
        int[] statuses = new int[30];
        for (int i = 0; i < 30; i++) {
            due[i] = i * 100 * MS;
            latency[i] = i < 10 ? 900 * MS : 20 * MS;
            statuses[i] = i == 25 ? 409 : 201;
        }
        return new Samples(due, latency, statuses);
    }

    @Test
    void cutsARunIntoWindowsByWhenEachRequestWasDueNotWhenItWasAnswered() {
        var samples = slowFirstSecond();

        var first = samples.dueBetween(0, 1);
        var rest = samples.dueBetween(1, 3);

        assertThat(first.size()).isEqualTo(10);
        assertThat(first.latencies().percentileMillis(50)).isEqualTo(900);
        assertThat(rest.size()).isEqualTo(20);
        assertThat(rest.latencies().percentileMillis(99)).isEqualTo(20);
        assertThat(rest.count(409)).isEqualTo(1);
        assertThat(rest.otherThan(201)).isEqualTo(1);
        assertThat(samples.dueBetween(5, 10).size()).isZero();
    }

    @Test
    void theRateDeliveredCountsAnswersByWhenTheyArrived() {
        var samples = slowFirstSecond();

        // In the first second only the answers due before 0.1 s arrive (at 0.9 s): one 201.
        assertThat(samples.arrivedPerSecond(201, 0, 1)).isEqualTo(1);
        // 1.0-2.0 s: the nine late ones from the first second plus ten on time.
        assertThat(samples.arrivedPerSecond(201, 1, 2)).isEqualTo(19);
        assertThat(samples.statusCounts()).containsEntry(201, 29).containsEntry(409, 1);
    }
}
