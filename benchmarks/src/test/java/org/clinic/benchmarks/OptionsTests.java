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
        assertThatIllegalArgumentException().isThrownBy(() -> Options.parse("--only=bookings"))
                .withMessageContaining("--only takes pages");
    }
}
