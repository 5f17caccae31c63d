package org.clinic.gateway.routing.balancing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.DefaultRequest;
import org.springframework.cloud.client.loadbalancer.DefaultResponse;
import org.springframework.cloud.client.loadbalancer.RequestData;
import org.springframework.cloud.client.loadbalancer.RequestDataContext;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import reactor.core.publisher.Flux;

class InstanceChoiceTests {

    private static final ServiceInstance A = instance("10.0.0.1");
    private static final ServiceInstance B = instance("10.0.0.2");

    @Test
    void takesTheHealthyInstances() {
        assertThat(choice(List.of(B), List.of(A, B)).get().blockFirst()).containsExactly(B);
    }

    @Test
    void takesEveryInstanceWhenNoneLooksHealthy() {
        assertThat(choice(List.of(), List.of(A, B)).get().blockFirst()).containsExactly(A, B);
    }

    @Test
    void aRetryAvoidsTheInstanceThePreviousAttemptFailedOn() {
        assertThat(choice(List.of(A, B), List.of(A, B)).get(retryAfter(A)).blockFirst()).containsExactly(B);
        assertThat(choice(List.of(A, B), List.of(A, B)).get(firstAttempt()).blockFirst()).containsExactly(A, B);
    }

    @Test
    void aRetryGoesBackToTheOnlyInstanceThereIs() {
        assertThat(choice(List.of(A), List.of(A)).get(retryAfter(A)).blockFirst()).containsExactly(A);
    }

    private static InstanceChoice choice(List<ServiceInstance> healthy, List<ServiceInstance> all) {
        return new InstanceChoice(fixed(healthy), fixed(all));
    }

    private static DefaultRequest<RequestDataContext> firstAttempt() {
        return request(new HashMap<>());
    }

    private static DefaultRequest<RequestDataContext> retryAfter(ServiceInstance failed) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(ServerWebExchangeUtils.GATEWAY_LOADBALANCER_RESPONSE_ATTR, new DefaultResponse(failed));
        return request(attributes);
    }

    private static DefaultRequest<RequestDataContext> request(Map<String, Object> attributes) {
        return new DefaultRequest<>(new RequestDataContext(
                new RequestData(MockServerHttpRequest.get("/api/booking/slots").build(), attributes)));
    }

    private static ServiceInstanceListSupplier fixed(List<ServiceInstance> instances) {
        return new ServiceInstanceListSupplier() {
            @Override
            public String getServiceId() {
                return "booking-service";
            }

            @Override
            public Flux<List<ServiceInstance>> get() {
                return Flux.just(instances);
            }
        };
    }

    private static ServiceInstance instance(String host) {
        return new DefaultServiceInstance(host + ":8081", "booking-service", host, 8081, false);
    }
}
