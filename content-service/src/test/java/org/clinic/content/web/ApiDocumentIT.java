package org.clinic.content.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.clinic.content.ContentApiTestSupport;
import org.clinic.testsupport.access.AccessProbe;
import org.clinic.testsupport.access.Endpoint;
import org.clinic.testsupport.apidocs.OpenApiDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * content-service's OpenAPI document, generated from the code, held to API.md: every content endpoint it promises is
 * in it with its method; no page, feed or editor page leaks in; and it says truthfully which operations need a sign-in.
 */
class ApiDocumentIT extends ContentApiTestSupport {

    static final String DOCUMENT = "/api/content/openapi.json";

    /** API.md's public reads and its editors' writes. */
    static final Set<Endpoint> CONTRACT = Endpoint.setOf(
            "GET /api/content/articles", "GET /api/content/articles/{slug}",
            "GET /api/content/conditions", "GET /api/content/conditions/{slug}",
            "POST /api/content/articles", "PUT /api/content/articles/{slug}",
            "POST /api/content/articles/{slug}/publish", "POST /api/content/articles/{slug}/unpublish",
            "POST /api/content/images", "GET /api/content/images");

    @Autowired
    ApplicationContext context;

    OpenApiDocument document;

    @BeforeEach
    void fetch() {
        document = OpenApiDocument.fetch("http://localhost:" + port, DOCUMENT);
    }

    @Test
    void documentsEveryEndpointOfTheContractWithItsMethod() {
        assertThat(document.missing(CONTRACT)).isEmpty();
    }

    @Test
    void documentsEveryJsonEndpointTheServiceMapsAndNoPage() {
        assertThat(document.missingOfMapped(context, "/api/content")).isEmpty();
        assertThat(document.pathsOutside("/api/content")).isEmpty();
    }

    @Test
    void saysTruthfullyWhichOperationsNeedAStaffSignIn() {
        assertThat(document.securityDisagreements(new AccessProbe("http://localhost:" + port))).isEmpty();
    }

    @Test
    void describesEachOperationWithItsErrorsAsProblems() {
        assertThat(document.conventionBreaches()).isEmpty();
        assertThat(document.operations().get(Endpoint.of("GET /api/content/articles/{slug}")).responses())
                .containsKeys("200", "404");
    }
}
