package org.clinic.gateway.routing.balancing;

import io.netty.channel.ChannelOption;
import java.net.InetAddress;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

/**
 * The instance list of one service, in its load-balancer context: the configured URLs resolved to addresses
 * ({@link ResolvedInstances}), checked for readiness by Spring Cloud LoadBalancer's health checks
 * ({@code spring.cloud.loadbalancer.health-check.*}: {@code /readyz} every few seconds), then
 * {@link InstanceChoice}. Deliberately not a {@code @Configuration}: component scanning must not load it into the
 * gateway's own context, where no service id is set.
 */
class PerServiceInstances {

    @Bean
    ServiceInstanceListSupplier serviceInstances(ConfigurableApplicationContext context, Environment environment,
            ServiceAddresses addresses) {
        String serviceId = environment.getRequiredProperty(LoadBalancerClientFactory.PROPERTY_NAME);
        var all = new ResolvedInstances(serviceId, addresses.of(serviceId), addresses.resolveEvery(),
                InetAddress::getAllByName);
        var healthy = ServiceInstanceListSupplier.builder().withBase(all).withHealthChecks(probeClient())
                .build(context);
        return new InstanceChoice(healthy, all);
    }

    /** A probe that cannot connect within a second finds the instance down (the check itself ends at its interval). */
    private static WebClient probeClient() {
        return WebClient.builder()
                .clientConnector(new ReactorClientHttpConnector(
                        HttpClient.create().option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 1000)))
                .build();
    }
}
