package org.clinic.content.condition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.clinic.content.ContentApiTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ConditionApiIT extends ContentApiTestSupport {

    @Test
    void listsTheSeededConditionPagesByName() {
        Response response = get("/api/content/conditions");

        assertThat(response.status()).isEqualTo(200);
        List<String> slugs = new ArrayList<>();
        response.json().forEach(c -> slugs.add(c.get("slug").asString()));
        assertThat(slugs).containsExactly("herniated-disc", "sciatica", "spinal-stenosis");
    }

    @Test
    void opensAConditionWithSymptomsTreatmentsArticlesAndRecommendedAppointment() {
        Response response = get("/api/content/conditions/herniated-disc");

        assertThat(response.status()).isEqualTo(200);
        JsonNode condition = response.json();
        assertThat(condition.get("name").asString()).isEqualTo("Herniated Disc");
        assertThat(condition.get("summary").asString()).isNotBlank();
        assertThat(condition.get("symptoms").size()).isGreaterThanOrEqualTo(3);
        assertThat(condition.get("treatments").size()).isGreaterThanOrEqualTo(3);
        List<String> articles = new ArrayList<>();
        condition.get("articles").forEach(a -> articles.add(a.get("slug").asString() + ": " + a.get("title").asString()));
        assertThat(articles).containsExactly(
                "herniated-disc-basics: Herniated Discs: What Is Happening and What Helps",
                "sciatica-leg-pain-explained: Sciatica: When Back Trouble Travels Down the Leg");
        assertThat(condition.get("recommendedAppointmentTypeId").asString())
                .isEqualTo("11111111-0000-0000-0000-000000000004");
    }

    @Test
    void answersAnUnknownConditionWithANotFoundProblem() {
        Response response = get("/api/content/conditions/no-such-condition");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
