package org.clinic.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatenciesTests {

    @Test
    void percentilesAreNearestRankOverTheSortedSamples() {
        long[] shuffled = LongStream.rangeClosed(1, 100).map(i -> (i * 37 % 100 + 1) * 1_000_000).toArray();

        var latencies = Latencies.of(shuffled);

        assertThat(latencies.percentileMillis(50)).isEqualTo(50.0);
        assertThat(latencies.percentileMillis(99)).isEqualTo(99.0);
        assertThat(latencies.maxMillis()).isEqualTo(100.0);
    }

    @Test
    void noSamplesGiveNoFigures() {
        assertThat(Latencies.of(new long[0]).percentileMillis(99)).isNaN();
    }
}
