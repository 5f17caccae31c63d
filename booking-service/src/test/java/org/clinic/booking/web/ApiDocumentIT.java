package org.clinic.booking.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.clinic.booking.BookingIntegrationTest;
import org.clinic.testsupport.access.AccessProbe;
import org.clinic.testsupport.access.Endpoint;
import org.clinic.testsupport.apidocs.OpenApiDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * booking-service's OpenAPI document, generated from the code, held to the contract: every endpoint API.md (and the
 * README's additions) promises is in it with its method, so removing one from the code fails here; it describes the
 * JSON API and no page; and it says truthfully which operations need a staff sign-in.
 */
class ApiDocumentIT extends BookingIntegrationTest {

    static final String DOCUMENT = "/api/booking/openapi.json";

    /** API.md's booking endpoints, and those the README adds (closures, appointment types, hours and time off). */
    static final Set<Endpoint> CONTRACT = Endpoint.setOf(
            "GET /api/booking/clinic", "GET /api/booking/appointment-types", "GET /api/booking/practitioners",
            "GET /api/booking/slots",
            "POST /api/booking/appointments", "GET /api/booking/appointments/{reference}",
            "POST /api/booking/appointments/{reference}/cancel",
            "POST /api/booking/appointments/{reference}/reschedule",
            "GET /api/booking/appointments/{reference}/calendar.ics",
            "GET /api/booking/schedule", "GET /api/booking/patients", "POST /api/booking/desk/appointments",
            "POST /api/booking/desk/appointments/{id}/status", "POST /api/booking/desk/appointments/{id}/cancel",
            "POST /api/booking/desk/appointments/{id}/reschedule",
            "GET /api/booking/practitioners/{id}/working-hours", "PUT /api/booking/practitioners/{id}/working-hours",
            "GET /api/booking/practitioners/{id}/time-off", "POST /api/booking/practitioners/{id}/time-off",
            "DELETE /api/booking/practitioners/{id}/time-off/{timeOffId}",
            "GET /api/booking/closures", "POST /api/booking/closures", "DELETE /api/booking/closures/{id}",
            "POST /api/booking/appointment-types", "PUT /api/booking/appointment-types/{id}");

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
        assertThat(document.missingOfMapped(context, "/api/booking")).isEmpty();
        assertThat(document.pathsOutside("/api/booking")).isEmpty();
    }

    @Test
    void saysTruthfullyWhichOperationsNeedAStaffSignIn() {
        assertThat(document.securityDisagreements(new AccessProbe("http://localhost:" + port))).isEmpty();
        assertThat(document.operations().get(Endpoint.of("POST /api/booking/closures")).roles())
                .containsExactly("ADMIN");
        assertThat(document.operations().get(Endpoint.of("GET /api/booking/schedule")).roles())
                .containsExactlyInAnyOrder("FRONT_DESK", "ADMIN");
    }

    @Test
    void describesEachOperationWithItsErrorsAsProblems() {
        assertThat(document.conventionBreaches()).isEmpty();
        var book = document.operations().get(Endpoint.of("POST /api/booking/appointments"));
        assertThat(book.responses()).containsKeys("201", "400", "409", "413", "429");
        assertThat(book.headerParameters()).contains("Idempotency-Key");
        assertThat(document.root().at("/paths/~1api~1booking~1appointments/post/responses/429/headers/Retry-After")
                .isMissingNode()).isFalse();
        // Nested records share simple names ("View"): each schema must still describe its own type.
        assertThat(document.root().at("/components/schemas/ScheduleView/properties/appointments/items/$ref")
                .asString()).endsWith("/ScheduleAppointment");
    }
}
