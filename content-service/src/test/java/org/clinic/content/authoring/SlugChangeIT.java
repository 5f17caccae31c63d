package org.clinic.content.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.clinic.content.EditorTestSupport;
import org.clinic.testsupport.access.AccessProbe;
import org.junit.jupiter.api.Test;

/** A new slug keeps the old address working: 301 from the old one, for the page and the reading API. */
class SlugChangeIT extends EditorTestSupport {

    @Test
    void aPublishedArticlesOldAddressAnswers301ToTheNewOne() {
        created(draft("Tight hamstrings"));
        publish(ANA, "tight-hamstrings", null);
        Map<String, Object> renamed = draft("Tight hamstrings and your back");
        renamed.put("slug", "tight-hamstrings-and-back");

        Response saved = save(ANA, "tight-hamstrings", "\"2\"", renamed);

        assertThat(saved.status()).isEqualTo(200);
        assertThat(ArticleEditingIT.strings(saved.json().get("formerSlugs"))).containsExactly("tight-hamstrings");
        var probe = new AccessProbe("http://localhost:" + port);
        var page = probe.send("GET", "/articles/tight-hamstrings", null);
        assertThat(page.status()).isEqualTo(301);
        assertThat(page.location()).isEqualTo("/articles/tight-hamstrings-and-back");
        var api = probe.send("GET", ARTICLES + "/tight-hamstrings", null);
        assertThat(api.status()).isEqualTo(301);
        assertThat(api.location()).isEqualTo(ARTICLES + "/tight-hamstrings-and-back");
        assertThat(get(ARTICLES + "/tight-hamstrings-and-back").status()).isEqualTo(200);
        // Editors reach it by either address; the answer names the current one.
        assertThat(editorView("tight-hamstrings").json().get("slug").asString())
                .isEqualTo("tight-hamstrings-and-back");
    }

    @Test
    void renamingTwiceLeadsEveryOldAddressStraightToTheNewest() {
        created(draft("Posture one"));
        publish(ANA, "posture-one", null);
        Map<String, Object> second = draft("Posture two");
        second.put("slug", "posture-two");
        save(ANA, "posture-one", "\"2\"", second);
        Map<String, Object> third = draft("Posture three");
        third.put("slug", "posture-three");
        save(ANA, "posture-two", "\"3\"", third);

        var probe = new AccessProbe("http://localhost:" + port);

        assertThat(probe.send("GET", "/articles/posture-one", null).location()).isEqualTo("/articles/posture-three");
        assertThat(probe.send("GET", "/articles/posture-two", null).location()).isEqualTo("/articles/posture-three");
    }

    @Test
    void aDraftsOldAddressGivesNothingAway() {
        created(draft("Unannounced topic"));
        Map<String, Object> renamed = draft("Unannounced topic");
        renamed.put("slug", "secret-new-name");
        save(ANA, "unannounced-topic", "\"1\"", renamed);

        assertThat(get("/articles/unannounced-topic").status()).isEqualTo(404);
        assertThat(get(ARTICLES + "/unannounced-topic").status()).isEqualTo(404);
    }

    @Test
    void anotherArticleMayTakeAnOldAddressAsItsOwn() {
        created(draft("Old name"));
        publish(ANA, "old-name", null);
        Map<String, Object> renamed = draft("New name");
        renamed.put("slug", "new-name");
        save(ANA, "old-name", "\"2\"", renamed);
        Map<String, Object> newcomer = draft("A different article");
        newcomer.put("slug", "old-name");

        assertThat(create(BEN, newcomer).status()).isEqualTo(201);
        publish(BEN, "old-name", null);

        assertThat(get(ARTICLES + "/old-name").json().get("title").asString()).isEqualTo("A different article");
    }

    @Test
    void aSlugThatIsAnotherArticlesAddressIsRefusedAndNothingChanges() {
        created(draft("Leg cramps"));
        Map<String, Object> clash = draft("Leg cramps");
        clash.put("slug", "sciatica-leg-pain-explained");

        Response response = save(ANA, "leg-cramps", "\"1\"", clash);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("slug");
        assertThat(editorView("leg-cramps").json().get("version").asInt()).isEqualTo(1);
    }
}
