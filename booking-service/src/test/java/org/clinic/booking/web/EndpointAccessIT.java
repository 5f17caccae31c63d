package org.clinic.booking.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clinic.booking.BookingIntegrationTest;
import org.clinic.testsupport.access.AccessProbe;
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
    static final Set<Endpoint> PUBLIC = endpoints(
            "GET /book", "GET /book/details", "POST /book/details", "GET /book/confirmed/{reference}",
            "GET /manage/{reference}", "POST /manage/{reference}", "GET /manage/{reference}/calendar.ics",
            "GET /manage/{reference}/cancel", "POST /manage/{reference}/cancel",
            "GET /manage/{reference}/reschedule", "POST /manage/{reference}/reschedule",
            "GET /manage/{reference}/reschedule/confirm",
            "GET /api/booking/clinic", "GET /api/booking/appointment-types", "GET /api/booking/practitioners",
            "GET /api/booking/slots", "GET /api/booking/closures",
            "POST /api/booking/appointments", "GET /api/booking/appointments/{reference}",
            "GET /api/booking/appointments/{reference}/calendar.ics",
            "POST /api/booking/appointments/{reference}/cancel",
            "POST /api/booking/appointments/{reference}/reschedule");

    /** Health probes, public wherever this port serves them (actuator's paths, or /livez and /readyz). */
    static final Set<Endpoint> PROBES = endpoints("GET /actuator/health", "GET /actuator/health/**",
            "GET /livez", "GET /readyz");

    @Autowired
    ApplicationContext context;

    @Test
    void everyEndpointIsPublicOrRefusedWithoutAToken() {
        var open = Stream.concat(PUBLIC.stream(), PROBES.stream()).collect(Collectors.toSet());

        var misfits = EndpointWalk.misfits(new AccessProbe("http://localhost:" + port),
                MappedEndpoints.of(context), open);

        assertThat(misfits).isEmpty();
    }

    @Test
    void thePublicListNamesOnlyEndpointsThatExist() {
        assertThat(MappedEndpoints.of(context)).containsAll(PUBLIC)
                .contains(Endpoint.of("POST /api/booking/desk/appointments"), Endpoint.of("GET /desk"));
    }

    static Set<Endpoint> endpoints(String... methodAndPattern) {
        return Stream.of(methodAndPattern).map(Endpoint::of).collect(Collectors.toSet());
    }
}
