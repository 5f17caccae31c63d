package org.clinic.gateway.clientaddress;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param trustedProxies addresses or CIDR ranges of the proxies in front of the gateway (a TLS terminator, a load
 *                       balancer) whose {@code X-Forwarded-For} entries are believed; empty = the TCP peer is the client
 */
@ConfigurationProperties("clinic.client-address")
record ClientAddressProperties(List<String> trustedProxies) {

    ClientAddressProperties {
        trustedProxies = trustedProxies == null ? List.of()
                : trustedProxies.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
