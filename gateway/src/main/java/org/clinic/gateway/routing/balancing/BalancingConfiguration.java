package org.clinic.gateway.routing.balancing;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClients;
import org.springframework.context.annotation.Configuration;

/**
 * Routes to {@code lb://<service-id>} are balanced (round robin) over that service's instances as
 * {@link PerServiceInstances} finds them. Spring Cloud LoadBalancer keeps one small application context per service
 * id; {@link PerServiceInstances} is the configuration of each.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServiceAddresses.class)
@LoadBalancerClients(defaultConfiguration = PerServiceInstances.class)
class BalancingConfiguration {
}
