package org.clinic.gateway.routing.balancing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.client.ServiceInstance;
import reactor.test.StepVerifier;

class ResolvedInstancesTests {

    /** What a DNS server would answer, changeable while the supplier runs. */
    private final Map<String, InetAddress[]> dns = new ConcurrentHashMap<>();

    private ResolvedInstances resolving(String... urls) {
        return new ResolvedInstances("booking-service", List.of(urls).stream().map(URI::create).toList(),
                Duration.ofMillis(50), host -> {
                    InetAddress[] answer = dns.get(host);
                    if (answer == null) {
                        throw new UnknownHostException(host);
                    }
                    return answer;
                });
    }

    @Test
    void everyAddressOfANameIsAnInstance() throws Exception {
        dns.put("booking-service", addresses("172.18.0.5", "172.18.0.6"));

        assertThat(uris(resolving("http://booking-service:8081").resolveAll()))
                .containsExactly("http://172.18.0.5:8081", "http://172.18.0.6:8081");
    }

    @Test
    void severalUrlsAddUpAndTheSameAddressCountsOnce() throws Exception {
        dns.put("a", addresses("10.0.0.1"));
        dns.put("b", addresses("10.0.0.2", "10.0.0.1"));

        assertThat(uris(resolving("http://a:8081", "http://b:8081", "http://a:8081/").resolveAll()))
                .containsExactly("http://10.0.0.1:8081", "http://10.0.0.2:8081");
    }

    @Test
    void aNameWithBothFamiliesCountsByItsIpv4Addresses() throws Exception {
        dns.put("localhost", addresses("127.0.0.1", "::1"));
        dns.put("v6only", addresses("fd00::5"));

        assertThat(uris(resolving("http://localhost:8081").resolveAll())).containsExactly("http://127.0.0.1:8081");
        assertThat(uris(resolving("https://v6only").resolveAll())).containsExactly("https://[fd00:0:0:0:0:0:0:5]:443");
    }

    @Test
    void anUnknownNameHasNoInstancesUntilItResolves() throws Exception {
        ResolvedInstances instances = resolving("http://booking-service:8081");
        InetAddress[] one = addresses("172.18.0.5");
        InetAddress[] two = addresses("172.18.0.5", "172.18.0.9");

        StepVerifier.create(instances.get().map(ResolvedInstancesTests::uris))
                .expectNext(List.of())
                .then(() -> dns.put("booking-service", one))
                .expectNext(List.of("http://172.18.0.5:8081"))
                .then(() -> dns.put("booking-service", two))
                .expectNext(List.of("http://172.18.0.5:8081", "http://172.18.0.9:8081"))
                .thenCancel()
                .verify(Duration.ofSeconds(10));
    }

    @Test
    void refusesAUrlThatIsNotHttp() {
        assertThatThrownBy(() -> new ServiceAddresses(Map.of("booking-service", List.of(URI.create("booking:8081"))),
                Duration.ofSeconds(5))).hasMessageContaining("clinic.routing.instances.booking-service");
        assertThatThrownBy(() -> new ServiceAddresses(Map.of(), Duration.ofSeconds(5)).of("booking-service"))
                .hasMessageContaining("lb://booking-service");
    }

    private static InetAddress[] addresses(String... literals) throws UnknownHostException {
        InetAddress[] addresses = new InetAddress[literals.length];
        for (int i = 0; i < literals.length; i++) {
            addresses[i] = InetAddress.getByName(literals[i]);
        }
        return addresses;
    }

    private static List<String> uris(List<ServiceInstance> instances) {
        return instances.stream().map(instance -> instance.getUri().toString()).toList();
    }
}
