package org.clinic.testsupport.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationContext;

/**
 * Deny by default, checked: every endpoint a service maps is sent a request without a token, and must either be on
 * the service's public list (then security lets it through: no 401, 403 or way to the login page) or be refused as
 * an anonymous request is refused (a 401 problem from the API, a 303 to {@code /login} from a page). An endpoint
 * added without a rule and without a place on the list fails the walk.
 */
public final class EndpointWalk {

    /** Health probes: public wherever a port serves them (the actuator's paths, or /livez and /readyz). */
    public static final Set<Endpoint> PROBES = Endpoint.setOf("GET /actuator/health", "GET /actuator/health/**",
            "GET /livez", "GET /readyz");

    private EndpointWalk() {
    }

    /**
     * The walk of a running service: every endpoint its context maps, sent to its port; the public list and the
     * {@link #PROBES} may answer without a token.
     */
    public static List<String> misfits(int port, ApplicationContext context, Collection<Endpoint> publicEndpoints) {
        Set<Endpoint> open = new HashSet<>(publicEndpoints);
        open.addAll(PROBES);
        return misfits(new AccessProbe("http://localhost:" + port), MappedEndpoints.of(context), open);
    }

    /** @return one line per endpoint whose answer does not fit, empty when all fit */
    public static List<String> misfits(AccessProbe probe, Collection<Endpoint> mapped, Collection<Endpoint> open) {
        List<String> misfits = new ArrayList<>();
        for (Endpoint endpoint : mapped) {
            AccessProbe.Answer answer = probe.send(endpoint.method(), endpoint.samplePath(), null);
            boolean listed = open.contains(endpoint);
            if (listed && answer.refused()) {
                misfits.add("public " + endpoint + " was refused: " + answer);
            } else if (!listed && !answer.refusedForLogin()) {
                misfits.add("not public " + endpoint + " was not refused: " + answer);
            }
        }
        return misfits;
    }
}
