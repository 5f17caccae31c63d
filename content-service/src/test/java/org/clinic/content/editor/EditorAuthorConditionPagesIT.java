package org.clinic.content.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.clinic.content.EditorTestSupport;
import org.clinic.testsupport.PageClient;
import org.clinic.testsupport.StaffTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The editor's author and condition pages with JavaScript off: add, change, refusals as typed, the conflict. */
class EditorAuthorConditionPagesIT extends EditorTestSupport {

    private static final String[] EDITOR = {"Authorization", "Bearer " + ANA};
    private static final String[] POST = {EDITOR[0], EDITOR[1], "Sec-Fetch-Site", "same-origin"};
    private static final String PHYSIO_VISIT = "11111111-0000-0000-0000-000000000001";
    private static final String CHIRO_VISIT = "11111111-0000-0000-0000-000000000002";

    private PageClient browser;

    @BeforeEach
    void browser() {
        browser = new PageClient("http://localhost:" + port);
    }

    @Test
    void anAuthorIsAddedThenChangedAndArticlesCanNameThem() {
        Map<String, String> fields = formOf(browser.get("/editor/authors/new", EDITOR), "#author-form");
        fields.putAll(Map.of("name", " Sam Rivera ", "credentials", "PT", "bio", "Sam treats runners.\r\nAnd cyclists.",
                "slug", "sam-rivera"));

        var added = browser.post("/editor/authors", fields, POST);

        assertThat(added.status()).isEqualTo(303);
        assertThat(added.header("Location")).isEqualTo("/editor/authors/sam-rivera?done=created");
        var page = browser.get(added.header("Location"), EDITOR);
        assertThat(page.one("#notice").text()).startsWith("Author added");
        assertThat(page.one("nav a[aria-current=page]").text()).isEqualTo("Authors");
        assertThat(page.doc().select("#author-form #slug")).as("the slug is fixed once created").isEmpty();
        assertThat(page.one("#bio").wholeText()).isEqualTo("Sam treats runners.\nAnd cyclists.");

        Map<String, String> again = formOf(page, "#author-form");
        again.put("credentials", "PT, DPT");
        var saved = browser.post("/editor/authors/sam-rivera", again, POST);

        assertThat(saved.header("Location")).isEqualTo("/editor/authors/sam-rivera?done=saved");
        assertThat(browser.get(saved.header("Location"), EDITOR).one("#notice").text()).isEqualTo("Saved.");
        var list = browser.get("/editor/authors", EDITOR);
        assertThat(list.one("#author-list tr[data-slug=sam-rivera]").text())
                .contains("Sam Rivera", "PT, DPT", "sam-rivera");
        assertThat(list.one("#add-author").attr("href")).isEqualTo("/editor/authors/new");
        assertThat(browser.get("/editor/articles/new", EDITOR).doc().select("#author option").eachAttr("value"))
                .contains("sam-rivera");
    }

    @Test
    void aRefusedAuthorComesBackAsTypedWithReasonsAndStoresNothing() {
        long before = count("authors");
        Map<String, String> fields = formOf(browser.get("/editor/authors/new", EDITOR), "#author-form");
        fields.putAll(Map.of("name", "", "credentials", "DC", "bio", "My careful bio\nover two lines",
                "slug", "Sam R"));

        var refused = browser.post("/editor/authors", fields, POST);
        fields.putAll(Map.of("name", "Another Maya", "slug", MAYA_LIN));
        var taken = browser.post("/editor/authors", fields, POST);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.doc().title()).startsWith("Error: ");
        assertThat(refused.doc().select("#error-summary a").eachAttr("href")).containsExactly("#name", "#slug");
        assertThat(refused.one("#name-error").text()).isEqualTo("The name is needed.");
        assertThat(refused.one("#slug").attr("aria-describedby")).isEqualTo("slug-hint slug-error");
        assertThat(refused.one("#bio").wholeText()).isEqualTo("My careful bio\nover two lines");
        assertThat(refused.one("#slug").val()).isEqualTo("Sam R");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(refused.one("#slug-error").text()).isEqualTo("The slug may have lower-case letters, digits and"
                + " single hyphens only, such as sam-rivera.");
        assertThat(taken.one("#slug-error").text()).isEqualTo("Another author has this slug; choose another.");
        assertThat(taken.one("#name").val()).isEqualTo("Another Maya");
        assertThat(count("authors")).isEqualTo(before);
    }

    @Test
    void aSaveOverAColleaguesNewerAuthorShowsTheirValuesAndKeepsWhatWasTyped() {
        assertThat(send("POST", "/api/content/authors", ANA, json(Map.of("slug", "kim-park", "name", "Kim Park",
                "credentials", "DPT", "bio", "Kim's first bio."))).status()).isEqualTo(201);
        Map<String, String> mine = formOf(browser.get("/editor/authors/kim-park", EDITOR), "#author-form");
        assertThat(send("PUT", "/api/content/authors/kim-park", BEN, json(Map.of("name", "Kim Park",
                "credentials", "DPT", "bio", "Ben's bio for Kim.")), "If-Match", "\"1\"").status()).isEqualTo(200);

        mine.put("bio", "My bio for Kim.");
        var conflict = browser.post("/editor/authors/kim-park", mine, POST);

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.one("#conflict-title").text()).isEqualTo("ben changed this author while you were editing");
        assertThat(conflict.one("#conflict").text()).contains("they changed the bio", "Their bio Ben's bio for Kim.");
        assertThat(conflict.one("#bio").wholeText()).isEqualTo("My bio for Kim.");
        assertThat(conflict.one("input[name=version]").val()).isEqualTo("2");
        assertThat(conflict.one("#save").text()).isEqualTo("Save mine instead of theirs");

        assertThat(browser.post("/editor/authors/kim-park", formOf(conflict, "#author-form"), POST).status())
                .isEqualTo(303);
        assertThat(send("GET", "/api/content/editor/authors/kim-park", ANA).json().get("bio").asString())
                .isEqualTo("My bio for Kim.");
    }

    @Test
    void aConditionPageIsAddedWithOneSymptomALineAndKeepsItsAppointmentType() {
        Map<String, String> fields = formOf(browser.get("/editor/conditions/new", EDITOR), "#condition-form");
        fields.putAll(Map.of("name", "Tennis elbow", "summary", "Pain on the outside of the elbow.",
                "symptoms", "Pain when gripping\r\n\r\n  Weak grip  \r\n", "treatments", "Load management\nExercise",
                "slug", "tennis-elbow", "recommendedAppointmentTypeId", PHYSIO_VISIT));

        var added = browser.post("/editor/conditions", fields, POST);

        assertThat(added.status()).isEqualTo(303);
        assertThat(added.header("Location")).isEqualTo("/editor/conditions/tennis-elbow?done=created");
        var page = browser.get(added.header("Location"), EDITOR);
        assertThat(page.one("#notice").text()).startsWith("Condition page added");
        assertThat(page.one("nav a[aria-current=page]").text()).isEqualTo("Conditions");
        assertThat(page.one("#symptoms").wholeText()).isEqualTo("Pain when gripping\nWeak grip");
        assertThat(page.one("input[name=recommendedAppointmentTypeId]").val()).isEqualTo(PHYSIO_VISIT);
        assertThat(get("/conditions/tennis-elbow").body()).contains("Weak grip");

        Map<String, String> again = formOf(page, "#condition-form");
        again.put("treatments", "Load management\nExercise\nA strap");
        assertThat(browser.post("/editor/conditions/tennis-elbow", again, POST).status()).isEqualTo(303);
        var stored = send("GET", "/api/content/editor/conditions/tennis-elbow", ANA).json();
        assertThat(stored.get("treatments").values().stream().map(t -> t.asString()).toList())
                .containsExactly("Load management", "Exercise", "A strap");
        assertThat(stored.get("recommendedAppointmentTypeId").asString()).isEqualTo(PHYSIO_VISIT);
        assertThat(browser.get("/editor/conditions", EDITOR).one("#condition-list tr[data-slug=tennis-elbow]").text())
                .contains("Tennis elbow", "/conditions/tennis-elbow", "2 symptoms, 3 treatments");
    }

    @Test
    void aRefusedConditionComesBackAsTypedWithReasons() {
        long before = count("conditions");
        Map<String, String> fields = formOf(browser.get("/editor/conditions/new", EDITOR), "#condition-form");
        String symptoms = IntStream.rangeClosed(1, 31).mapToObj(n -> "Symptom " + n).collect(Collectors.joining("\n"));
        fields.putAll(Map.of("name", "Too much", "symptoms", symptoms, "treatments", "x".repeat(301),
                "slug", "too-much", "recommendedAppointmentTypeId", "not-an-id"));

        var refused = browser.post("/editor/conditions", fields, POST);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.doc().select("#error-summary li").eachText()).containsExactly(
                "At most 30 symptoms, please.", "A treatment is too long: at most 300 characters.",
                "The recommended appointment type is not one this clinic offers.");
        assertThat(refused.one("#symptoms").wholeText()).isEqualTo(symptoms);
        assertThat(count("conditions")).isEqualTo(before);
    }

    @Test
    void aSaveOverAColleaguesNewerConditionKeepsWhatWasTypedAndTheirAppointmentType() {
        assertThat(send("POST", "/api/content/conditions", ANA, json(Map.of("slug", "heel-pain", "name", "Heel pain",
                "symptoms", List.of("Morning pain"), "treatments", List.of("Stretching"),
                "recommendedAppointmentTypeId", PHYSIO_VISIT))).status()).isEqualTo(201);
        Map<String, String> mine = formOf(browser.get("/editor/conditions/heel-pain", EDITOR), "#condition-form");
        assertThat(send("PUT", "/api/content/conditions/heel-pain", BEN, json(Map.of("name", "Heel pain",
                "symptoms", List.of("Morning pain", "Pain after rest"), "treatments", List.of("Stretching"),
                "recommendedAppointmentTypeId", CHIRO_VISIT)), "If-Match", "\"1\"").status()).isEqualTo(200);

        mine.put("symptoms", "Morning pain\nMy own line");
        var conflict = browser.post("/editor/conditions/heel-pain", mine, POST);

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.one("#conflict-title").text())
                .isEqualTo("ben changed this condition page while you were editing");
        assertThat(conflict.one("#conflict").text())
                .contains("they changed the symptoms, the recommended appointment type");
        assertThat(conflict.one(".their-values dd").wholeText()).isEqualTo("Morning pain\nPain after rest");
        assertThat(conflict.one("#symptoms").wholeText()).isEqualTo("Morning pain\nMy own line");
        assertThat(conflict.one("input[name=recommendedAppointmentTypeId]").val())
                .as("nobody typed the hidden type: the colleague's stays").isEqualTo(CHIRO_VISIT);
        assertThat(conflict.one("input[name=version]").val()).isEqualTo("2");
    }

    @Test
    void thePagesAreForEditorsAndRefusePostsFromOtherSites() {
        String[] desk = {"Authorization", "Bearer " + StaffTokens.valid("FRONT_DESK")};
        Map<String, String> fields = Map.of("name", "Forged", "slug", "forged");

        assertThat(browser.get("/editor/authors", desk).status()).isEqualTo(403);
        assertThat(browser.get("/editor/conditions/new", desk).status()).isEqualTo(403);
        assertThat(browser.post("/editor/conditions", fields, desk[0], desk[1], "Sec-Fetch-Site", "same-origin")
                .status()).isEqualTo(403);
        assertThat(browser.get("/editor/conditions", "Authorization", "Bearer " + StaffTokens.valid("ADMIN"))
                .status()).isEqualTo(200);
        assertThat(browser.post("/editor/authors", fields, EDITOR[0], EDITOR[1], "Sec-Fetch-Site", "cross-site")
                .status()).isEqualTo(403);
        assertThat(browser.post("/editor/conditions/sciatica", fields, EDITOR[0], EDITOR[1], "Sec-Fetch-Site",
                "cross-site").status()).isEqualTo(403);
        assertThat(browser.get("/editor/authors/no-such-author", EDITOR).status()).isEqualTo(404);
        assertThat(browser.get("/editor/conditions/no-such-condition", EDITOR).status()).isEqualTo(404);
        assertThat(browser.post("/editor/authors/no-such-author", fields, POST).status()).isEqualTo(404);
        assertThat(count("authors WHERE slug = 'forged'")).isZero();
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    /** The form as a browser sends it: textareas with their line breaks (PageClient.fields flattens them). */
    private static Map<String, String> formOf(PageClient.Page page, String form) {
        Map<String, String> fields = new LinkedHashMap<>(PageClient.fields(page.one(form)));
        page.one(form).select("textarea[name]").forEach(area -> fields.put(area.attr("name"), area.wholeText()));
        return fields;
    }
}
