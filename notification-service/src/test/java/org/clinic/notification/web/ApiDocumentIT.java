package org.clinic.notification.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.clinic.notification.NotificationIntegrationTest;
import org.clinic.testsupport.access.AccessProbe;
import org.clinic.testsupport.access.Endpoint;
import org.clinic.testsupport.apidocs.OpenApiDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * notification-service's OpenAPI document, generated from the code, held to API.md: the delivery log (and the
 * preferences the README adds) with their methods; not the desk's delivery-log fragment, which is HTML; every
 * operation for front desk and admins, as the service enforces.
 */
class ApiDocumentIT extends NotificationIntegrationTest {

    static final String DOCUMENT = "/api/notifications/openapi.json";

    static final Set<Endpoint> CONTRACT = Endpoint.setOf("GET /api/notifications",
            "GET /api/notifications/preferences/{patientId}", "PUT /api/notifications/preferences/{patientId}");

    @LocalServerPort
    int port;

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
    void documentsEveryJsonEndpointTheServiceMapsAndNoFragment() {
        assertThat(document.missingOfMapped(context, "/api/notifications")).isEmpty();
        assertThat(document.pathsOutside("/api/notifications")).isEmpty();
    }

    @Test
    void saysTruthfullyWhoMayCallEachOperation() {
        assertThat(document.securityDisagreements(new AccessProbe("http://localhost:" + port))).isEmpty();
        // Dead letters and failed deliveries, and replaying them, are the operator's (docs/operations.md).
        assertThat(document.operations().values()).allSatisfy(operation ->
                assertThat(operation.roles()).as(operation.endpoint().toString()).containsExactlyInAnyOrderElementsOf(
                        operation.endpoint().pattern().startsWith("/api/notifications/dead-letters")
                                || operation.endpoint().pattern().startsWith("/api/notifications/deliveries/")
                                ? java.util.List.of("ADMIN") : java.util.List.of("FRONT_DESK", "ADMIN")));
    }

    @Test
    void describesEachOperationWithItsErrorsAsProblems() {
        assertThat(document.conventionBreaches()).isEmpty();
    }
}
