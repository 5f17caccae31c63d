package org.clinic.gateway.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinic.gateway.apidocs.Prose.Segment;
import org.junit.jupiter.api.Test;

class ProseTests {

    @Test
    void keepsCodeSpansAndLeavesEverythingElseText() {
        assertThat(Prose.of("Send `Idempotency-Key` with <b>care</b>.").segments()).containsExactly(
                new Segment("Send ", false), new Segment("Idempotency-Key", true),
                new Segment(" with <b>care</b>.", false));
    }

    @Test
    void anUnclosedBacktickStaysText() {
        assertThat(Prose.of("a `b").segments()).containsExactly(new Segment("a ", false), new Segment("`b", false));
        assertThat(Prose.of(null).isEmpty()).isTrue();
    }
}
