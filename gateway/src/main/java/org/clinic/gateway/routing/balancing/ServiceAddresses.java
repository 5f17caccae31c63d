package org.clinic.gateway.routing.balancing;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where each service's instances are: {@code clinic.routing.instances.<service-id>} is a comma-separated list of
 * base URLs ({@code BOOKING_URL=http://10.0.0.5:8081,http://10.0.0.6:8081}). Every address a host name resolves to
 * is an instance of its own, so one name that stands for several machines or containers (compose's
 * {@code booking-service} after {@code --scale booking-service=2}) needs no list.
 *
 * @param instances   base URLs per service id, the host of a route's {@code lb://} URI
 * @param resolveEvery how often host names are looked up again; the JVM caches answers up to 30 s on top of this
 */
@ConfigurationProperties("clinic.routing")
public record ServiceAddresses(Map<String, List<URI>> instances, @DefaultValue("5s") Duration resolveEvery) {

    public ServiceAddresses {
        instances = Map.copyOf(instances == null ? Map.of() : instances);
        instances.forEach((service, urls) -> {
            if (urls.isEmpty()) {
                throw new IllegalArgumentException("clinic.routing.instances." + service + " lists no URL");
            }
            for (URI url : urls) {
                if (url.getHost() == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
                    throw new IllegalArgumentException("clinic.routing.instances." + service
                            + " needs http(s)://host[:port] URLs, not '" + url + "'");
                }
            }
        });
    }

    /** The configured URLs of a service; a route to a service nobody configured is a mistake found at start. */
    List<URI> of(String serviceId) {
        List<URI> urls = instances.get(serviceId);
        if (urls == null) {
            throw new IllegalStateException("A route goes to lb://" + serviceId
                    + ", but clinic.routing.instances." + serviceId + " says nothing about where it runs");
        }
        return urls;
    }
}
