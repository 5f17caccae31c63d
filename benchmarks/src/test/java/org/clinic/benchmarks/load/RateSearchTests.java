package org.clinic.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.function.DoublePredicate;
import org.junit.jupiter.api.Test;

class RateSearchTests {

    /** Runs the search against a system that passes exactly the rates {@code passes} accepts. */
    private static RateSearch search(RateSearch search, DoublePredicate passes) {
        for (var rate = search.next(); rate.isPresent(); rate = search.next()) {
            search.record(rate.getAsDouble(), passes.test(rate.getAsDouble()));
        }
        return search;
    }

    private static List<Double> rates(RateSearch search) {
        return search.steps().stream().map(RateSearch.Step::rate).toList();
    }

    @Test
    void stepsUpGeometricallyUntilTheFirstFailureThenBisectsBetweenPassAndFail() {
        var found = search(new RateSearch(50, 2, 0.1, 20), rate -> rate <= 230);

        assertThat(rates(found)).startsWith(50.0, 100.0, 200.0, 400.0);
        // Bisection on the geometric scale: between 200 and 400 the first guess is 283, not 300.
        assertThat(rates(found).get(4)).isEqualTo(283.0);
        assertThat(found.highestPassing()).hasValue(rates(found).stream()
                .filter(rate -> rate <= 230).max(Double::compare).orElseThrow());
        assertThat(found.highestPassing().getAsDouble()).isLessThanOrEqualTo(230);
        assertThat(found.lowestFailing().getAsDouble()).isGreaterThan(230)
                .isLessThanOrEqualTo(found.highestPassing().getAsDouble() * 1.1);
        assertThat(found.outOfSteps()).isFalse();
    }

    @Test
    void neverGoesAboveTheFirstFailingRate() {
        var found = search(new RateSearch(50, 2, 0.05, 20), rate -> rate <= 123);

        assertThat(rates(found)).filteredOn(rate -> rate > 200).isEmpty();
        assertThat(found.steps()).filteredOn(step -> !step.passed()).extracting(RateSearch.Step::rate)
                .allSatisfy(rate -> assertThat(rate).isGreaterThan(123));
    }

    @Test
    void everyRateAfterTheFirstFailureLiesStrictlyBetweenTheBestPassAndTheBestFail() {
        for (int limit = 1; limit <= 2000; limit += 7) {
            double threshold = limit;
            var search = new RateSearch(40, 1.5, 0.05, 30);
            for (var rate = search.next(); rate.isPresent(); rate = search.next()) {
                if (search.highestPassing().isPresent() && search.lowestFailing().isPresent()) {
                    assertThat(rate.getAsDouble()).isGreaterThan(search.highestPassing().getAsDouble())
                            .isLessThan(search.lowestFailing().getAsDouble());
                }
                search.record(rate.getAsDouble(), rate.getAsDouble() <= threshold);
            }
            assertThat(search.highestPassing()).as("limit %d", limit).isPresent();
            assertThat(search.highestPassing().getAsDouble()).as("limit %d", limit).isLessThanOrEqualTo(threshold)
                    .isGreaterThanOrEqualTo(Math.floor(threshold / 1.05));
        }
    }

    @Test
    void stepsDownWhenTheFirstRateAlreadyFails() {
        var found = search(new RateSearch(50, 2, 0.1, 20), rate -> rate <= 20);

        assertThat(rates(found)).startsWith(50.0, 25.0, 13.0);
        assertThat(found.highestPassing().getAsDouble()).isLessThanOrEqualTo(20).isGreaterThanOrEqualTo(18);
    }

    @Test
    void endsWithoutAPassingRateWhenEvenOneRequestASecondFails() {
        var found = search(new RateSearch(8, 2, 0.1, 20), rate -> false);

        assertThat(rates(found)).containsExactly(8.0, 4.0, 2.0, 1.0);
        assertThat(found.highestPassing()).isEmpty();
        assertThat(found.lowestFailing()).hasValue(1.0);
    }

    @Test
    void stopsAtTheStepLimitAndSaysTheResultIsOnlyABound() {
        var found = search(new RateSearch(50, 2, 0.1, 3), rate -> true);

        assertThat(rates(found)).containsExactly(50.0, 100.0, 200.0);
        assertThat(found.highestPassing()).hasValue(200.0);
        assertThat(found.lowestFailing()).isEmpty();
        assertThat(found.outOfSteps()).isTrue();
    }

    @Test
    void stopsWhenPassAndFailAreNeighbouringWholeRates() {
        var found = search(new RateSearch(2, 2, 0.01, 20), rate -> rate <= 5);

        assertThat(found.highestPassing()).hasValue(5.0);
        assertThat(found.lowestFailing()).hasValue(6.0);
        assertThat(found.outOfSteps()).isFalse();
    }

    @Test
    void refusesASearchThatCouldNotMove() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RateSearch(50, 1, 0.1, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> new RateSearch(0, 2, 0.1, 10));
    }

    @Test
    void aStepPassesOnlyWithItsP99UnderTheLimitAndAtMostTheAllowedShareOfErrors() {
        long ms = 1_000_000;
        long[] due = new long[100];
        long[] fast = new long[100];
        long[] oneSlow = new long[100];
        int[] created = new int[100];
        for (int i = 0; i < 100; i++) {
            due[i] = i * 10 * ms;
            fast[i] = 5 * ms;
            oneSlow[i] = i == 99 ? 500 * ms : 5 * ms;
            created[i] = 201;
        }
        int[] twoFailed = created.clone();
        twoFailed[10] = 503;
        twoFailed[20] = -1;

        assertThat(RateSearch.passes(new Samples(due, fast, created), 100, 201, 0.01)).isTrue();
        // Nearest rank: with 100 samples the p99 is the 99th, so one slow answer in a hundred still passes...
        assertThat(RateSearch.passes(new Samples(due, oneSlow, created), 100, 201, 0.01)).isTrue();
        // ...but two do not.
        long[] twoSlow = oneSlow.clone();
        twoSlow[98] = 500 * ms;
        assertThat(RateSearch.passes(new Samples(due, twoSlow, created), 100, 201, 0.01)).isFalse();
        assertThat(RateSearch.passes(new Samples(due, fast, twoFailed), 100, 201, 0.01)).isFalse();
        assertThat(RateSearch.passes(new Samples(new long[0], new long[0], new int[0]), 100, 201, 0.01)).isFalse();
    }
}
