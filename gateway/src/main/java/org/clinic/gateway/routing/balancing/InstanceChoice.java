package org.clinic.gateway.routing.balancing;

import java.util.List;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.Request;
import org.springframework.cloud.client.loadbalancer.RequestDataContext;
import org.springframework.cloud.client.loadbalancer.Response;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.cloud.loadbalancer.core.DelegatingServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import reactor.core.publisher.Flux;

/**
 * The instances a request may go to: those whose readiness probe answered at the last health check, minus the one
 * a retried request just failed to connect to. When no instance looks healthy, all of them: a probe that timed
 * out on a busy machine must not turn a working service away; a really dead one still answers 503 quickly, as the
 * connection is refused.
 */
final class InstanceChoice extends DelegatingServiceInstanceListSupplier {

    private final ServiceInstanceListSupplier all;

    /**
     * @param healthy the health-checked instances
     * @param all     every known instance, whatever its health
     */
    InstanceChoice(ServiceInstanceListSupplier healthy, ServiceInstanceListSupplier all) {
        super(healthy);
        this.all = all;
    }

    @Override
    public Flux<List<ServiceInstance>> get() {
        return Flux.combineLatest(delegate.get(), all.get(),
                (healthy, every) -> healthy.isEmpty() ? every : healthy);
    }

    @Override
    public Flux<List<ServiceInstance>> get(Request request) {
        ServiceInstance failed = previousAttempt(request);
        if (failed == null) {
            return get();
        }
        return get().map(instances -> {
            List<ServiceInstance> others = instances.stream()
                    .filter(instance -> !instance.getInstanceId().equals(failed.getInstanceId()))
                    .toList();
            return others.isEmpty() ? instances : others;
        });
    }

    /**
     * On a retry (the gateway's Retry filter runs the route again), the instance the previous attempt went to: the
     * load balancer's answer stays in the exchange's attributes, which the request context carries.
     */
    private static ServiceInstance previousAttempt(Request<?> request) {
        if (request != null && request.getContext() instanceof RequestDataContext context
                && context.getClientRequest() != null && context.getClientRequest().getAttributes() != null
                && context.getClientRequest().getAttributes()
                        .get(ServerWebExchangeUtils.GATEWAY_LOADBALANCER_RESPONSE_ATTR) instanceof Response<?> previous
                && previous.getServer() instanceof ServiceInstance instance) {
            return instance;
        }
        return null;
    }
}
