package org.clinic.content.condition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.clinic.content.EditorTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Condition pages: created and saved by editors, with versions; the public page shows a save at once. */
class ConditionEditingIT extends EditorTestSupport {

    private static final String CONDITIONS = "/api/content/conditions";

    @Test
    void anEditorCreatesAConditionPageThatThePublicSeesAtOnce() {
        Response created = send("POST", CONDITIONS, ANA, json(Map.of("slug", "frozen-shoulder",
                "name", "Frozen shoulder", "summary", "A stiff, painful shoulder that slowly loosens.",
                "symptoms", List.of("Pain reaching overhead", "Stiffness"),
                "treatments", List.of("Gentle mobility work"),
                "recommendedAppointmentTypeId", "11111111-0000-0000-0000-000000000001")));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        JsonNode page = get(CONDITIONS + "/frozen-shoulder").json();
        assertThat(page.get("name").asString()).isEqualTo("Frozen shoulder");
        assertThat(page.get("symptoms").valueStream().map(JsonNode::asString))
                .containsExactly("Pain reaching overhead", "Stiffness");
    }

    @Test
    void savesNeedTheCurrentVersion() {
        send("POST", CONDITIONS, ANA, json(Map.of("slug", "tendinitis", "name", "Tendinitis")));
        Map<String, Object> details = Map.of("name", "Tendinitis", "summary", "An irritated tendon.",
                "symptoms", List.of("Ache with use"), "treatments", List.of("Load management"));

        Response saved = send("PUT", CONDITIONS + "/tendinitis", ANA, json(details), "If-Match", "\"1\"");
        Response stale = send("PUT", CONDITIONS + "/tendinitis", BEN, json(Map.of("name", "Tendonitis")),
                "If-Match", "\"1\"");
        Response blind = send("PUT", CONDITIONS + "/tendinitis", BEN, json(Map.of("name", "Tendonitis")));

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("version").asInt()).isEqualTo(2);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("changedBy").asString()).isEqualTo("ana");
        assertThat(stale.json().get("current").get("summary").asString()).isEqualTo("An irritated tendon.");
        assertThat(blind.status()).isEqualTo(428);
        assertThat(get(CONDITIONS + "/tendinitis").json().get("name").asString()).isEqualTo("Tendinitis");
    }

    @Test
    void aSlugCannotBeChangedBySaving() {
        Response response = send("PUT", CONDITIONS + "/sciatica", ANA,
                json(Map.of("slug", "renamed", "name", "Sciatica")), "If-Match", "\"0\"");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("slug");
    }
}
