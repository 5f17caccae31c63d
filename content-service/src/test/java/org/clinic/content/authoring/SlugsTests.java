package org.clinic.content.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTests {

    @Test
    void aTitleBecomesLowerCaseWordsJoinedByHyphens() {
        assertThat(Slugs.fromTitle("Sciatica: Why Your Leg Hurts?")).isEqualTo("sciatica-why-your-leg-hurts");
        assertThat(Slugs.fromTitle("  Crème brûlée & the spine  ")).isEqualTo("creme-brulee-the-spine");
    }

    @Test
    void aTitleWithoutLettersOrDigitsStillGetsASlug() {
        assertThat(Slugs.fromTitle("¿¡!?")).isEqualTo("article");
    }

    @Test
    void aLongTitleIsCutAtAWordWithinTheLimit() {
        String slug = Slugs.fromTitle("word ".repeat(40));

        assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_DERIVED).doesNotEndWith("-").startsWith("word-word");
    }
}
