package org.clinic.content.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.clinic.content.ContentApiTestSupport;
import org.clinic.testsupport.access.AccessProbe;
import org.clinic.testsupport.access.Endpoint;
import org.clinic.testsupport.access.EndpointWalk;
import org.clinic.testsupport.access.MappedEndpoints;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Deny by default, for every endpoint content-service maps: without a token each is either on this public list or
 * refused. A new endpoint needs a rule in {@link ContentSecurity} that refuses it, or a place on this list.
 */
class EndpointAccessIT extends ContentApiTestSupport {

    /** Published content: the pages, the feeds, the uploaded images and the reading API, and the API's description. */
    static final Set<Endpoint> PUBLIC = Endpoint.setOf("GET /", "GET /articles", "GET /articles/{slug}",
            "GET /conditions/{slug}", "GET /sitemap.xml", "GET /feed.xml", "GET /robots.txt",
            "GET /api/content/openapi.json", "GET /api/content/articles", "GET /api/content/articles/{slug}",
            "GET /api/content/conditions", "GET /api/content/conditions/{slug}", "GET /images/{id}/{fileName}");

    @Autowired
    ApplicationContext context;

    @Test
    void everyEndpointIsPublicOrRefusedWithoutAToken() {
        var misfits = EndpointWalk.misfits(port, context, PUBLIC);

        assertThat(misfits).isEmpty();
    }

    @Test
    void thePublicListNamesOnlyEndpointsThatExist() {
        assertThat(MappedEndpoints.of(context)).containsAll(PUBLIC);
    }

    @Test
    void theEditorsPagesAreForEditorsFromTheFirstOne() {
        var probe = new AccessProbe("http://localhost:" + port);

        var anonymous = probe.send("GET", "/editor/articles/new", null);
        assertThat(anonymous.status()).isEqualTo(303);
        assertThat(anonymous.location()).isEqualTo("/login?next=%2Feditor%2Farticles%2Fnew");
        assertThat(probe.send("GET", "/editor", staffToken("FRONT_DESK")).status()).isEqualTo(403);
        assertThat(probe.send("POST", "/editor/articles", staffToken("FRONT_DESK")).status()).isEqualTo(403);
        assertThat(probe.send("GET", "/editor", staffToken("EDITOR")).refused()).isFalse();
        assertThat(probe.send("GET", "/editor", staffToken("ADMIN")).refused()).isFalse();
    }

    @Test
    void aMistypedArticleLinkIsTheSites404NotTheStaffLogin() {
        var probe = new AccessProbe("http://localhost:" + port);

        assertThat(probe.send("GET", "/articles/some/thing", null).status()).isEqualTo(404);
        assertThat(probe.send("HEAD", "/articles", null).status()).isEqualTo(200);
    }
}
