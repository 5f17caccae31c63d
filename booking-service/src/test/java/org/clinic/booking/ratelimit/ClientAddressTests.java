package org.clinic.booking.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressTests {

    @Test
    void theGatewaysHeaderNamesTheClient() {
        assertThat(ClientAddress.of(request("10.0.0.5", "203.0.113.9"))).isEqualTo("203.0.113.9");
    }

    @Test
    void withoutTheHeaderTheClientIsTheTcpPeer() {
        assertThat(ClientAddress.of(request("198.51.100.4", null))).isEqualTo("198.51.100.4");
    }

    @Test
    void aHeaderThatIsNotAnAddressIsIgnoredAndNeverLookedUp() {
        // "beef" could be a host name: it must not reach DNS, nor choose the bucket.
        assertThat(ClientAddress.of(request("198.51.100.4", "beef"))).isEqualTo("198.51.100.4");
        assertThat(ClientAddress.of(request("198.51.100.4", "203.0.113.9, 10.0.0.1"))).isEqualTo("198.51.100.4");
        assertThat(ClientAddress.of(request("198.51.100.4", ""))).isEqualTo("198.51.100.4");
    }

    @Test
    void anIpv6ClientCountsByItsSlash64() {
        String one = ClientAddress.of(request("10.0.0.5", "2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        String sameNetwork = ClientAddress.of(request("10.0.0.5", "2001:db8:1:2::1"));
        String otherNetwork = ClientAddress.of(request("10.0.0.5", "2001:db8:1:3::1"));

        assertThat(one).isEqualTo(sameNetwork).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(otherNetwork).isNotEqualTo(one);
    }

    private static MockHttpServletRequest request(String peer, String header) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(peer);
        if (header != null) {
            request.addHeader(ClientAddress.HEADER, header);
        }
        return request;
    }
}
