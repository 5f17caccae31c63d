package org.clinic.content.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.clinic.content.EditorTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Whatever an editor's client sends wrong is a 4xx problem naming what was wrong, and nothing is stored. */
class BadInputIT extends EditorTestSupport {

    private long articlesBefore;
    private long revisionsBefore;

    @BeforeEach
    void count() {
        articlesBefore = articleCount();
        revisionsBefore = revisionCount();
    }

    @AfterEach
    void nothingWasStored() {
        assertThat(articleCount()).isEqualTo(articlesBefore);
        assertThat(revisionCount()).isEqualTo(revisionsBefore);
    }

    @Test
    void aTenMegabyteBodyIs413() {
        Map<String, Object> draft = draft("Huge");
        draft.put("bodyMarkdown", "x".repeat(10 * 1024 * 1024));

        Response response = create(ANA, draft);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("1024 kB");
    }

    @Test
    void aOneMegabyteTitleIs400NamingTheTitle() {
        assertInvalid(create(ANA, with("title", "T".repeat(1_000_000))), "title", "is too long");
    }

    @Test
    void aTitleOverTwoHundredCharactersIs400NamingTheTitle() {
        assertInvalid(create(ANA, with("title", "T".repeat(201))), "title", null);
    }

    @Test
    void anUnknownAuthorIs400NamingTheField() {
        assertInvalid(create(ANA, with("authorSlug", "nobody-at-all")), "authorSlug", "no author has this slug");
    }

    @Test
    void anUnknownConditionIs400NamingWhichOne() {
        assertInvalid(create(ANA, with("conditions", List.of("sciatica", "no-such-condition"))), "conditions[1]",
                "no condition page has this slug");
    }

    @Test
    void malformedJsonIs400() {
        Response response = send("POST", ARTICLES, ANA, "{\"title\": \"Unclosed");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("title").asString()).isEqualTo("Malformed request");
        assertThat(response.body()).doesNotContain("tools.jackson", "Exception");
    }

    @Test
    void aFieldTheRequestDoesNotHaveIs400NamingIt() {
        Map<String, Object> draft = draft("Misspelt field");
        draft.remove("bodyMarkdown");
        draft.put("body", "The editor's text, sent under the wrong name.");

        Response response = create(ANA, draft);

        assertInvalid(response, "body", "is not a field of this request");
    }

    @Test
    void missingRequiredFieldsAre400NamingEach() {
        Response response = send("POST", ARTICLES, ANA, "{}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("title", "bodyMarkdown", "authorSlug");
    }

    @Test
    void aWrongTypeIs400NamingTheField() {
        assertInvalid(create(ANA, with("tags", "back-pain")), "tags", "has the wrong type or format");
        assertInvalid(create(ANA, with("appointmentTypeId", "not-a-uuid")), "appointmentTypeId", null);
    }

    @Test
    void controlCharactersAndBadSlugsAre400() {
        assertInvalid(create(ANA, with("title", "Tab\tin title")), "title", null);
        assertInvalid(create(ANA, with("bodyMarkdown", "NUL \u0000 in body")), "bodyMarkdown", null);
        assertInvalid(create(ANA, with("slug", "Not a slug")), "slug", null);
        assertInvalid(create(ANA, with("tags", List.of("ok", "not ok"))), "tags[1]", null);
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        Response response = send("POST", ARTICLES, ANA, null, "Content-Type", "text/plain");

        assertThat(response.status()).isEqualTo(415);
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> draft = draft("Bad input probe");
        draft.put(field, value);
        return draft;
    }

    private static void assertInvalid(Response response, String field, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode error = response.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo(field);
        if (message != null) {
            assertThat(error.get("message").asString()).isEqualTo(message);
        }
        assertThat(response.body()).doesNotContain("tools.jackson", "Exception", "SQL");
    }

    private long revisionCount() {
        return jdbc.sql("SELECT count(*) FROM article_revisions").query(Long.class).single();
    }
}
