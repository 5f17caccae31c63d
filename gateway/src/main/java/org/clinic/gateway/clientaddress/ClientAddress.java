package org.clinic.gateway.clientaddress;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;

/**
 * Who the client is, for rate limits and login throttling: the TCP peer, unless that peer is a trusted proxy, in
 * which case the right-most {@code X-Forwarded-For} entry that is not itself a trusted proxy. Entries left of it
 * were written by the client and prove nothing, so a client cannot pick its own address to dodge a limit.
 */
@Component
@EnableConfigurationProperties(ClientAddressProperties.class)
public class ClientAddress {

    /**
     * The header services read the client's address from; the gateway always sets it, replacing whatever a client
     * sent. Not X-Forwarded-For: the gateway's own header filters drop that one unless trusted proxies are set.
     */
    public static final String HEADER = "X-Client-Address";
    private static final String FORWARDED_FOR = "X-Forwarded-For";

    /** Netty's subnet rules (already on the gateway's classpath) do the CIDR arithmetic, IPv4 and IPv6. */
    private final List<IpSubnetFilterRule> trustedProxies;

    ClientAddress(ClientAddressProperties properties) {
        this.trustedProxies = properties.trustedProxies().stream().map(ClientAddress::range).toList();
    }

    private static IpSubnetFilterRule range(String addressOrCidr) {
        String cidr = addressOrCidr.contains("/") ? addressOrCidr
                : addressOrCidr + (addressOrCidr.contains(":") ? "/128" : "/32");
        return new IpSubnetFilterRule(cidr, IpFilterRuleType.ACCEPT);
    }

    public String of(ServerHttpRequest request) {
        String client = peerOf(request);
        if (!isTrustedProxy(client)) {
            return client;
        }
        List<String> forwardedFor = request.getHeaders().getOrEmpty(FORWARDED_FOR).stream()
                .flatMap(header -> java.util.Arrays.stream(header.split(",")))
                .map(String::trim)
                .toList();
        for (int i = forwardedFor.size() - 1; i >= 0; i--) {
            String hop = forwardedFor.get(i);
            if (!isIpLiteral(hop)) {
                // Garbage in the chain: the last address a trusted hop vouched for is as far as we can trust.
                return client;
            }
            client = hop;
            if (!isTrustedProxy(client)) {
                return client;
            }
        }
        return client;
    }

    private boolean isTrustedProxy(String address) {
        if (trustedProxies.isEmpty() || !isIpLiteral(address)) {
            return false;
        }
        // Built from the literal's bytes: an address is parsed, never looked up (no DNS on the event loop).
        InetAddress parsed = NetUtil.createInetAddressFromIpAddressString(address);
        var socket = new InetSocketAddress(parsed, 0);
        return trustedProxies.stream().anyMatch(range -> range.matches(socket));
    }

    private static boolean isIpLiteral(String text) {
        return NetUtil.isValidIpV4Address(text) || NetUtil.isValidIpV6Address(text);
    }

    private static String peerOf(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null || remote.getAddress() == null) {
            return "unknown";
        }
        return remote.getAddress().getHostAddress();
    }
}
