package org.clinic.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinic.testsupport.MutableClock;
import org.clinic.testsupport.StaffTokens;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Editors at work through the API, on the shared context and demo content. Whatever a test creates is removed
 * after it (the demo rows, whose ids start with {@code c0a}/{@code c0c}, stay as they are: other tests count them),
 * and the clock goes back to real time.
 */
public abstract class EditorTestSupport extends ContentApiTestSupport {

    protected static final String ARTICLES = "/api/content/articles";
    protected static final String EDITOR_ARTICLES = "/api/content/editor/articles";
    protected static final String MAYA_LIN = "maya-lin";
    protected static final String JORDAN_OKAFOR = "jordan-okafor";

    /** Two editors, so that who saved what can be told apart. */
    protected static final String ANA = StaffTokens.validFor("ana", "EDITOR");
    protected static final String BEN = StaffTokens.validFor("ben", "EDITOR");

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected MutableClock clock;

    @AfterEach
    void removeWhatTheTestWrote() {
        clock.reset();
        jdbc.sql("DELETE FROM articles WHERE id::text NOT LIKE 'c0a1%'").update();
        jdbc.sql("DELETE FROM article_revisions").update();
        jdbc.sql("DELETE FROM article_old_slugs").update();
        jdbc.sql("DELETE FROM authors WHERE id::text NOT LIKE 'c0a0%'").update();
        jdbc.sql("DELETE FROM conditions WHERE id::text NOT LIKE 'c0c%'").update();
        jdbc.sql("DELETE FROM outbox_event").update();
    }

    /** A complete, valid article body for POST and PUT; tests change what they need. */
    protected static Map<String, Object> draft(String title) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("title", title);
        draft.put("summary", "A short summary of " + title.toLowerCase() + ".");
        draft.put("bodyMarkdown", "## First steps\n\nWalk a little every day.\n\n- stretch\n- rest\n");
        draft.put("authorSlug", MAYA_LIN);
        draft.put("tags", List.of("back-pain", "self-care"));
        draft.put("conditions", List.of("sciatica"));
        draft.put("appointmentTypeId", "11111111-0000-0000-0000-000000000001");
        return draft;
    }

    protected static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    protected Response create(String token, Map<String, Object> draft) {
        return send("POST", ARTICLES, token, json(draft));
    }

    /** Creates and checks it worked; answers the article as the editor sees it. */
    protected Response created(Map<String, Object> draft) {
        Response response = create(ANA, draft);
        if (response.status() != 201) {
            throw new AssertionError("could not create the test article: " + response.status() + " " + response.body());
        }
        return response;
    }

    protected Response save(String token, String slug, String ifMatch, Map<String, Object> draft) {
        return ifMatch == null ? send("PUT", ARTICLES + "/" + slug, token, json(draft))
                : send("PUT", ARTICLES + "/" + slug, token, json(draft), "If-Match", ifMatch);
    }

    protected Response publish(String token, String slug, String body) {
        return send("POST", ARTICLES + "/" + slug + "/publish", token, body);
    }

    protected Response editorView(String slug) {
        return send("GET", EDITOR_ARTICLES + "/" + slug, ANA, null);
    }

    protected long articleCount() {
        return jdbc.sql("SELECT count(*) FROM articles").query(Long.class).single();
    }
}
