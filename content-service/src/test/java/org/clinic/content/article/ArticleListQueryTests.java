package org.clinic.content.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleListQueryTests {

    @Test
    void blankParametersMeanTheFirstPageOfEverything() {
        ArticleListQuery query = ArticleListQuery.of(" ", "", null);

        assertThat(query.valid()).isTrue();
        assertThat(query.filtered()).isFalse();
        assertThat(query.page()).isZero();
        assertThat(query.href(0)).isEqualTo("/articles");
    }

    @Test
    void linksKeepTheSearchAndTopicAndEncodeThem() {
        ArticleListQuery query = ArticleListQuery.of("knee & hip+pain", "Back-Pain", "2");

        assertThat(query.tag()).isEqualTo("back-pain");
        assertThat(query.href(3)).isEqualTo("/articles?q=knee+%26+hip%2Bpain&tag=back-pain&page=3");
        assertThat(query.href(0)).isEqualTo("/articles?q=knee+%26+hip%2Bpain&tag=back-pain");
        assertThat(query.hrefWithoutTag()).isEqualTo("/articles?q=knee+%26+hip%2Bpain");
        assertThat(query.canonicalPath()).isEqualTo("/articles?tag=back-pain&page=2");
    }

    @Test
    void whatCannotBeAnsweredIsNamedInsteadOfThrown() {
        assertThat(ArticleListQuery.of(null, null, "-1").problem()).isEqualTo("That page number is not valid.");
        assertThat(ArticleListQuery.of(null, null, "1e3").problem()).isEqualTo("That page number is not valid.");
        assertThat(ArticleListQuery.of(null, "a/b", null).problem()).isEqualTo("We have no topic with that name.");
        ArticleListQuery tooLong = ArticleListQuery.of("x".repeat(500), null, null);
        assertThat(tooLong.problem()).contains("200 characters");
        assertThat(tooLong.q()).hasSize(200);
    }
}
