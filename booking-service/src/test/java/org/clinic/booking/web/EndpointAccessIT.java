package org.clinic.booking.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.clinic.booking.BookingIntegrationTest;
import org.clinic.testsupport.access.Endpoint;
import org.clinic.testsupport.access.EndpointWalk;
import org.clinic.testsupport.access.MappedEndpoints;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Deny by default, for every endpoint booking-service maps: without a token each is either on this public list or
 * refused. A new endpoint needs a rule in {@link SecurityConfiguration} that refuses it, or a place on this list.
 */
class EndpointAccessIT extends BookingIntegrationTest {

    /** What patients use: the booking and manage pages, the public API; the manage code guards one's own visit. */
    static final Set<Endpoint> PUBLIC = Endpoint.setOf(
            "GET /book", "GET /book/details", "POST /book/details", "GET /book/confirmed/{reference}",
            "GET /manage/{reference}", "POST /manage/{reference}", "GET /manage/{reference}/calendar.ics",
            "GET /manage/{reference}/cancel", "POST /manage/{reference}/cancel",
            "GET /manage/{reference}/reschedule", "POST /manage/{reference}/reschedule",
            "GET /manage/{reference}/reschedule/confirm",
            "GET /api/booking/clinic", "GET /api/booking/appointment-types", "GET /api/booking/practitioners",
            "GET /api/booking/slots", "GET /api/booking/closures", "GET /api/booking/openapi.json",
            "POST /api/booking/appointments", "GET /api/booking/appointments/{reference}",
            "GET /api/booking/appointments/{reference}/calendar.ics",
            "POST /api/booking/appointments/{reference}/cancel",
            "POST /api/booking/appointments/{reference}/reschedule");

    @Autowired
    ApplicationContext context;

    @Test
    void everyEndpointIsPublicOrRefusedWithoutAToken() {
        var misfits = EndpointWalk.misfits(port, context, PUBLIC);

        assertThat(misfits).isEmpty();
    }

    @Test
    void thePublicListNamesOnlyEndpointsThatExist() {
        assertThat(MappedEndpoints.of(context)).containsAll(PUBLIC)
                .contains(Endpoint.of("POST /api/booking/desk/appointments"), Endpoint.of("GET /desk"));
    }
}
