package org.clinic.notification.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.clinic.notification.NotificationIntegrationTest;
import org.clinic.testsupport.access.Endpoint;
import org.clinic.testsupport.access.EndpointWalk;
import org.clinic.testsupport.access.MappedEndpoints;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Deny by default, for every endpoint notification-service maps: without a token only the health probes and the
 * API's description answer; everything else is refused. A new endpoint needs a rule in {@link SecurityConfig}, or a reason to be public here.
 */
class EndpointAccessIT extends NotificationIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void onlyTheHealthProbesAndTheApiDescriptionAnswerWithoutAToken() {
        var mapped = MappedEndpoints.of(context);

        var misfits = EndpointWalk.misfits(port, context, Set.of(Endpoint.of("GET /api/notifications/openapi.json")));

        assertThat(mapped).contains(Endpoint.of("GET /api/notifications"), Endpoint.of("GET /desk/deliveries"));
        assertThat(misfits).isEmpty();
    }
}
