package org.clinic.content.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.clinic.content.ContentApiTestSupport;
import org.clinic.testsupport.StaffTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** The public article API over the seeded demo content. */
class ArticleApiIT extends ContentApiTestSupport {

    @Test
    void listsTheSeededArticlesNewestFirstWithAuthorsTagsAndClinicTime() {
        Response response = get("/api/content/articles");

        assertThat(response.status()).isEqualTo(200);
        JsonNode page = response.json();
        assertThat(page.get("total").asLong()).isEqualTo(6);
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(10);
        assertThat(slugs(page)).containsExactly("cracking-your-own-back-risks", "herniated-disc-basics",
                "living-with-spinal-stenosis", "sciatica-leg-pain-explained", "why-joints-pop-and-crack",
                "lower-back-pain-first-steps");
        JsonNode first = page.get("items").get(0);
        assertThat(first.get("title").asString()).isEqualTo("Cracking Your Own Back: When It Becomes a Problem");
        assertThat(first.get("summary").asString()).isNotBlank();
        assertThat(first.get("author").get("slug").asString()).isEqualTo("maya-lin");
        assertThat(first.get("author").get("name").asString()).isEqualTo("Dr. Maya Lin");
        assertThat(first.get("author").get("credentials").asString()).isEqualTo("DC");
        assertThat(strings(first.get("tags"))).containsExactly("chiropractic", "joints", "self-care");
        // 14:00 UTC in June is 10:00 daylight time in the clinic's zone (America/New_York).
        assertThat(first.get("publishedAt").asString()).isEqualTo("2026-06-02T10:00:00-04:00");
    }

    @Test
    void pagesThroughTheListKeepingTheTotal() {
        JsonNode first = get("/api/content/articles?page=0&size=4").json();
        JsonNode second = get("/api/content/articles?page=1&size=4").json();
        JsonNode beyond = get("/api/content/articles?page=7&size=4").json();

        assertThat(slugs(first)).hasSize(4);
        assertThat(slugs(second)).hasSize(2).doesNotContainAnyElementsOf(slugs(first));
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("size").asInt()).isEqualTo(4);
        assertThat(List.of(first, second, beyond)).allSatisfy(p -> assertThat(p.get("total").asLong()).isEqualTo(6));
        assertThat(slugs(beyond)).isEmpty();
    }

    @Test
    void fullTextSearchRanksTheSciaticaArticleFirst() {
        JsonNode page = get("/api/content/articles?q=" + encode("sciatica leg pain")).json();

        assertThat(slugs(page)).first().isEqualTo("sciatica-leg-pain-explained");
        assertThat(page.get("total").asLong()).isEqualTo(slugs(page).size());
    }

    @Test
    void fullTextSearchUnderstandsWordFormsAndFindsNothingForUnknownWords() {
        assertThat(slugs(get("/api/content/articles?q=" + encode("cracking knuckles")).json()))
                .contains("why-joints-pop-and-crack");
        JsonNode none = get("/api/content/articles?q=" + encode("zebra xylophone")).json();
        assertThat(none.get("total").asLong()).isZero();
        assertThat(slugs(none)).isEmpty();
    }

    @Test
    void filtersByTagAndByCondition() {
        assertThat(slugs(get("/api/content/articles?tag=chiropractic").json()))
                .containsExactly("cracking-your-own-back-risks", "why-joints-pop-and-crack");
        assertThat(slugs(get("/api/content/articles?tag=Chiropractic&q=adjustment").json()))
                .containsExactlyInAnyOrder("cracking-your-own-back-risks", "why-joints-pop-and-crack");
        assertThat(slugs(get("/api/content/articles?condition=sciatica").json()))
                .containsExactly("herniated-disc-basics", "sciatica-leg-pain-explained");
        assertThat(get("/api/content/articles?tag=no-such-tag").json().get("total").asLong()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "page=-1, page",
            "size=0, size",
            "size=500, size",
            "size=abc, size",
            "page=1.5, page"})
    void rejectsInvalidPagingWithAProblemNamingTheField(String query, String field) {
        Response response = get("/api/content/articles?" + query);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("title").asString()).isEqualTo("Invalid request");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(problem.get("errors").get(0).get("message").asString()).isNotBlank();
    }

    @Test
    void rejectsASearchLongerThan200Characters() {
        Response response = get("/api/content/articles?q=" + "a".repeat(201));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("q");
        assertThat(get("/api/content/articles?q=" + "a".repeat(200)).status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/api/content/articles?q=back%00pain, 200",
            "/api/content/articles?q=%22unclosed%20-or%20OR, 200",
            "/api/content/articles?tag=%00, 400",
            "/api/content/articles?condition=%27%3B--, 400",
            "/api/content/articles/a%00b, 400",
            "/api/content/articles/a%01b, 404",
            "/api/content/conditions/a%01b, 404"})
    void oddInputIsAClientMistakeNeverAServerError(String pathAndQuery, int status) {
        Response response = get(pathAndQuery);

        assertThat(response.status()).isEqualTo(status);
    }

    @Test
    void anArticleIsGzippedForBrowsersThatAskForIt() throws Exception {
        var article = URI.create("http://localhost:" + port + "/api/content/articles/sciatica-leg-pain-explained");
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(article)
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        try (var body = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(get(article.getPath()).body());
        }
    }

    @Test
    void opensAPublishedArticleWithSafeHtmlAuthorRelatedArticlesAndCallToAction() {
        Response response = get("/api/content/articles/sciatica-leg-pain-explained");

        assertThat(response.status()).isEqualTo(200);
        JsonNode article = response.json();
        assertThat(article.get("title").asString()).isEqualTo("Sciatica: When Back Trouble Travels Down the Leg");
        assertThat(article.get("bodyHtml").asString())
                .contains("<h2>What causes it</h2>", "<ul>", "<li>", "<blockquote>", "Jordan Okafor, DPT, OCS",
                        "href=\"/conditions/sciatica\"", "(555) 555-0142")
                .doesNotContain("## ");
        JsonNode author = article.get("author");
        assertThat(author.get("slug").asString()).isEqualTo("jordan-okafor");
        assertThat(author.get("credentials").asString()).isEqualTo("DPT, OCS");
        assertThat(author.get("bio").asString()).contains("physical therapist");
        assertThat(strings(article.get("tags"))).containsExactly("back-pain", "nerve-pain", "sciatica");
        assertThat(strings(article.get("conditions"))).containsExactly("herniated-disc", "sciatica");
        List<String> related = new ArrayList<>();
        article.get("related").forEach(r -> related.add(r.get("slug").asString()));
        // The herniated-disc article shares both conditions and two tags, more than any other.
        assertThat(related).hasSize(3).first().isEqualTo("herniated-disc-basics");
        assertThat(related).doesNotContain("sciatica-leg-pain-explained");
        assertThat(article.get("callToAction").get("appointmentTypeId").asString())
                .isEqualTo("11111111-0000-0000-0000-000000000001");
        assertThat(article.get("callToAction").get("phone").asString()).isEqualTo("(555) 555-0142");
        assertThat(article.get("publishedAt").asString()).isEqualTo("2026-03-03T09:00:00-05:00");
        assertThat(article.get("updatedAt").isNull()).isFalse();
    }

    @Test
    void answersAnUnknownSlugWithANotFoundProblem() {
        Response response = get("/api/content/articles/no-such-article");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(404);
        assertThat(response.json().get("detail").asString()).isNotBlank();
    }

    @Test
    void writesToContentNeedAnEditorOrAdminToken() {
        Response anonymous = send("POST", "/api/content/articles", null);
        Response frontDesk = send("POST", "/api/content/articles", staffToken("FRONT_DESK"));
        Response editor = send("POST", "/api/content/articles", staffToken("EDITOR"));
        Response admin = send("PUT", "/api/content/articles/sciatica-leg-pain-explained", staffToken("ADMIN"));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(frontDesk.status()).isEqualTo(403);
        // Past security, the empty body is refused for its missing fields (ArticleEditingIT writes for real).
        assertThat(editor.status()).isEqualTo(400);
        assertThat(admin.status()).isEqualTo(400);
        assertThat(get("/readyz").status()).isEqualTo(200);
    }

    @Test
    void writesRefuseEveryTokenButTheGatewaysAccessToken() {
        for (String token : List.of(StaffTokens.forged("EDITOR"), StaffTokens.signedWithOldSharedSecret("EDITOR"),
                StaffTokens.withAudience("clinic-gateway", "EDITOR"), StaffTokens.withoutExpiry("EDITOR"),
                StaffTokens.expired("EDITOR"))) {
            Response response = send("POST", "/api/content/articles", token);

            assertThat(response.status()).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    static List<String> slugs(JsonNode page) {
        List<String> slugs = new ArrayList<>();
        page.get("items").forEach(item -> slugs.add(item.get("slug").asString()));
        return slugs;
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }
}
