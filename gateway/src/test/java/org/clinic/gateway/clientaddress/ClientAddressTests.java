package org.clinic.gateway.clientaddress;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class ClientAddressTests {

    private final ClientAddress behindProxy = new ClientAddress(
            new ClientAddressProperties(List.of("10.0.0.0/8", " 192.168.1.5 ")));
    private final ClientAddress direct = new ClientAddress(new ClientAddressProperties(null));

    @Test
    void withoutTrustedProxiesThePeerIsTheClientWhateverTheHeaderSays() {
        assertThat(direct.of(from("198.51.100.7", "203.0.113.9"))).isEqualTo("198.51.100.7");
    }

    @Test
    void behindATrustedProxyTheRightMostUntrustedEntryIsTheClient() {
        // The client wrote 1.2.3.4 itself; the proxy appended the address it saw.
        assertThat(behindProxy.of(from("10.1.2.3", "1.2.3.4, 203.0.113.9"))).isEqualTo("203.0.113.9");
    }

    @Test
    void trustedHopsInTheChainAreSkipped() {
        assertThat(behindProxy.of(from("10.1.2.3", "203.0.113.9, 192.168.1.5, 10.9.9.9"))).isEqualTo("203.0.113.9");
    }

    @Test
    void aPeerThatIsNotTrustedIsTheClientEvenBehindAProxySetting() {
        assertThat(behindProxy.of(from("198.51.100.7", "203.0.113.9"))).isEqualTo("198.51.100.7");
    }

    @Test
    void garbageInTheChainStopsAtTheLastVouchedAddress() {
        assertThat(behindProxy.of(from("10.1.2.3", "evil.example.com"))).isEqualTo("10.1.2.3");
        assertThat(behindProxy.of(from("10.1.2.3", "nonsense, 203.0.113.9"))).isEqualTo("203.0.113.9");
        // Hex letters alone look like an address to a loose pattern, and would go to DNS.
        assertThat(behindProxy.of(from("10.1.2.3", "beef"))).isEqualTo("10.1.2.3");
    }

    @Test
    void aTrustedPeerWithoutAHeaderIsTheClient() {
        assertThat(behindProxy.of(from("10.1.2.3", null))).isEqualTo("10.1.2.3");
    }

    @Test
    void ipv6PeersWork() {
        assertThat(direct.of(from("2001:db8::1", null))).isEqualTo("2001:db8:0:0:0:0:0:1");
    }

    private static MockServerHttpRequest from(String peer, String forwardedFor) {
        var request = MockServerHttpRequest.get("/").remoteAddress(new InetSocketAddress(peer, 40000));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return request.build();
    }
}
