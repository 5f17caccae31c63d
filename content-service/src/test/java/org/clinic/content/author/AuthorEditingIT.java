package org.clinic.content.author;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.clinic.content.EditorTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Authors: created and saved by editors with the same version rules as articles, shown on the articles at once. */
class AuthorEditingIT extends EditorTestSupport {

    private static final String AUTHORS = "/api/content/authors";

    @Test
    void anEditorCreatesAnAuthorAndSavesItWithTheVersion() {
        Response created = send("POST", AUTHORS, ANA, json(Map.of("slug", "sam-rivera", "name", "Sam Rivera",
                "credentials", "PT, DPT", "bio", "Sam treats running injuries.")));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/content/editor/authors/sam-rivera");
        assertThat(created.header("ETag")).isEqualTo("\"1\"");

        Response saved = send("PUT", AUTHORS + "/sam-rivera", BEN,
                json(Map.of("name", "Dr. Sam Rivera", "credentials", "PT, DPT, SCS", "bio", "Runs too.")),
                "If-Match", "\"1\"");

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.header("ETag")).isEqualTo("\"2\"");
        JsonNode author = send("GET", "/api/content/editor/authors/sam-rivera", ANA, null).json();
        assertThat(author.get("name").asString()).isEqualTo("Dr. Sam Rivera");
        assertThat(author.get("updatedBy").asString()).isEqualTo("ben");
        assertThat(send("GET", "/api/content/editor/authors", ANA, null).json().findValuesAsString("slug"))
                .contains("sam-rivera", MAYA_LIN, JORDAN_OKAFOR);
    }

    @Test
    void aStaleSaveIs409WithWhatDiffersAndNothingSaved() {
        send("POST", AUTHORS, ANA, json(Map.of("slug", "lee-park", "name", "Lee Park")));
        send("PUT", AUTHORS + "/lee-park", ANA, json(Map.of("name", "Lee Park", "credentials", "DC")),
                "If-Match", "\"1\"");

        Response stale = send("PUT", AUTHORS + "/lee-park", BEN, json(Map.of("name", "Lee J. Park")),
                "If-Match", "\"1\"");

        assertThat(stale.status()).isEqualTo(409);
        JsonNode problem = stale.json();
        assertThat(problem.get("currentVersion").asInt()).isEqualTo(2);
        assertThat(problem.get("changedBy").asString()).isEqualTo("ana");
        assertThat(problem.get("changedFields").valueStream().map(JsonNode::asString)).containsExactly("name",
                "credentials");
        assertThat(problem.get("yours").get("name").asString()).isEqualTo("Lee J. Park");
        assertThat(send("GET", "/api/content/editor/authors/lee-park", ANA, null).json().get("name").asString())
                .isEqualTo("Lee Park");
    }

    @Test
    void aSaveWithoutTheVersionIs428AndADuplicateSlug409() {
        assertThat(send("PUT", AUTHORS + "/" + MAYA_LIN, ANA, json(Map.of("name", "Maya"))).status()).isEqualTo(428);
        Response duplicate = send("POST", AUTHORS, ANA, json(Map.of("slug", MAYA_LIN, "name", "Another Maya")));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("errors").get(0).get("field").asString()).isEqualTo("slug");
        assertThat(send("PUT", AUTHORS + "/nobody", ANA, json(Map.of("name", "X")), "If-Match", "\"1\"").status())
                .isEqualTo(404);
    }
}
