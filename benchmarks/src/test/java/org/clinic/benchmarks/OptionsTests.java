package org.clinic.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class OptionsTests {

    @Test
    void thePagePhaseRunsAtAHundredPagesASecondEachWithEverythingElseByDefault() {
        var options = Options.parse();

        assertThat(options.pageRate()).isEqualTo(100);
        assertThat(options.pageSeconds()).isEqualTo(20);
        assertThat(options.pagesOnly()).isFalse();
    }

    @Test
    void onlyPagesIsAQuickRun() {
        var options = Options.parse("--only=pages", "--page-rate=50", "--page-warmup=0");

        assertThat(options.pagesOnly()).isTrue();
        assertThat(options.pageRate()).isEqualTo(50);
        assertThat(options.pageWarmUp()).isZero();
    }

    @Test
    void onlyKnowsNoOtherPhaseYet() {
        assertThatIllegalArgumentException().isThrownBy(() -> Options.parse("--only=slots"))
                .withMessageContaining("--only takes bookings, pages or desk");
    }

    @Test
    void bookingsRunAtHalfTheHighestRateFoundUnlessARateIsGiven() {
        assertThat(Options.parse().rates(251)).containsExactly(126.0);
        assertThat(Options.parse().rates(1)).containsExactly(1.0);
        assertThat(Options.parse("--rate=200", "--also-rate=100").rates(251)).containsExactly(200.0, 100.0);
    }

    @Test
    void aStepSendsItsSettlingSecondsToo() {
        var stepping = Options.parse("--only=bookings", "--step-settle=2", "--step-seconds=5").stepping();

        assertThat(stepping.bookings(40)).isEqualTo(280);
        assertThat(stepping.maxSteps()).isEqualTo(10);
    }

    @Test
    void theColdStartIsReportedInWholeWindows() {
        assertThatIllegalArgumentException().isThrownBy(() -> Options.parse("--cold-seconds=25"))
                .withMessageContaining("--cold-seconds");
    }
}
