package org.clinic.gateway.routing;

import org.clinic.gateway.clientaddress.ClientAddress;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Tells services who the client is: {@code X-Client-Address} downstream holds exactly the address the gateway
 * decided on, whatever the client sent. Services are reachable only through the gateway, so they may trust it.
 */
@Component
class ClientAddressRelayFilter implements GlobalFilter, Ordered {

    private final ClientAddress clientAddress;

    ClientAddressRelayFilter(ClientAddress clientAddress) {
        this.clientAddress = clientAddress;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        String client = clientAddress.of(exchange.getRequest());
        ServerWebExchange relayed = exchange.mutate()
                .request(request -> request.headers(headers -> headers.set(ClientAddress.HEADER, client)))
                .build();
        return chain.filter(relayed);
    }

    /** Before the routing filter (lowest precedence) sends the headers. */
    @Override
    public int getOrder() {
        return 0;
    }
}
