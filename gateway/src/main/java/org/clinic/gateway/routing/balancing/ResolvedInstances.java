package org.clinic.gateway.routing.balancing;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * All instances of one service: each configured URL's host name looked up again every few seconds, every address
 * it resolves to an instance. That is how compose's scaled services are found: {@code booking-service} resolves to
 * each of its containers. Emits a new list only when the addresses change; whether an instance is up is
 * {@link InstanceChoice}'s and the health checks' business, not this list's.
 *
 * <p>IPv4 addresses only, when a name has any: {@code localhost} is usually both 127.0.0.1 and ::1, which are one
 * process, and a dual-stack container network gives each container one address of each family.
 */
final class ResolvedInstances implements ServiceInstanceListSupplier {

    /** {@link InetAddress#getAllByName}, replaceable in tests (a name with several addresses is hard to come by). */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private static final Logger log = LoggerFactory.getLogger(ResolvedInstances.class);

    private final String serviceId;
    private final List<URI> urls;
    private final Resolver resolver;
    /** Per URL the last answer, so a failed lookup is logged once and not at every refresh. */
    private final Map<URI, String> lastOutcome = new ConcurrentHashMap<>();
    private final Flux<List<ServiceInstance>> instances;

    ResolvedInstances(String serviceId, List<URI> urls, Duration resolveEvery, Resolver resolver) {
        this.serviceId = serviceId;
        this.urls = List.copyOf(urls);
        this.resolver = resolver;
        // Lookups block, so they run on the elastic scheduler, never on an event loop.
        this.instances = Mono.fromCallable(this::resolveAll)
                .subscribeOn(Schedulers.boundedElastic())
                .repeatWhen(done -> done.delayElements(resolveEvery))
                .distinctUntilChanged()
                .replay(1)
                .refCount();
    }

    @Override
    public String getServiceId() {
        return serviceId;
    }

    @Override
    public Flux<List<ServiceInstance>> get() {
        return instances;
    }

    List<ServiceInstance> resolveAll() {
        Map<String, ServiceInstance> found = new LinkedHashMap<>();
        for (URI url : urls) {
            boolean secure = "https".equals(url.getScheme());
            int port = url.getPort() != -1 ? url.getPort() : secure ? 443 : 80;
            for (InetAddress address : addressesOf(url)) {
                String host = address instanceof Inet6Address ? "[" + address.getHostAddress() + "]"
                        : address.getHostAddress();
                String id = host + ":" + port;
                found.putIfAbsent(id, new DefaultServiceInstance(id, serviceId, host, port, secure));
            }
        }
        return List.copyOf(found.values());
    }

    private List<InetAddress> addressesOf(URI url) {
        List<InetAddress> addresses;
        String outcome;
        try {
            addresses = preferIpv4(resolver.resolve(url.getHost()));
            outcome = addresses.toString();
        } catch (UnknownHostException e) {
            // A compose container that is not up yet has no name: no instance there, for now.
            addresses = List.of();
            outcome = "unknown host";
        }
        if (!Objects.equals(lastOutcome.put(url, outcome), outcome)) {
            log.info("{} at {}: {}", serviceId, url, addresses.isEmpty() ? outcome + ", no instance there"
                    : addresses.size() + " instance(s) " + addresses.stream().map(InetAddress::getHostAddress).toList());
        }
        return addresses;
    }

    private static List<InetAddress> preferIpv4(InetAddress[] all) {
        List<InetAddress> ipv4 = new ArrayList<>();
        for (InetAddress address : all) {
            if (address instanceof Inet4Address) {
                ipv4.add(address);
            }
        }
        return ipv4.isEmpty() ? Arrays.asList(all) : ipv4;
    }
}
