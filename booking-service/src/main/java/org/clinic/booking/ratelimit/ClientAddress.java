package org.clinic.booking.ratelimit;

import jakarta.servlet.http.HttpServletRequest;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Whose request this is, for limits per address: what the gateway decided ({@code X-Client-Address}, replacing
 * anything a client sent), else the TCP peer. Services are reachable only through the gateway, so the header is
 * believed. An IPv6 client counts by its /64: one home or phone is handed a whole /64 and could rotate through it.
 */
final class ClientAddress {

    static final String HEADER = "X-Client-Address";
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private ClientAddress() {
    }

    static String of(HttpServletRequest request) {
        String decided = request.getHeader(HEADER);
        String address = decided != null && isLiteral(decided.strip()) ? decided.strip() : request.getRemoteAddr();
        return network(address);
    }

    /** The address, an IPv6 one as its /64 network; anything that is not an IP literal as it is. */
    static String network(String address) {
        if (!isLiteral(address)) {
            return address;
        }
        try {
            // Only literals get here (dotted quads, or text with a colon, which no host name has): parsed, never
            // looked up in DNS.
            InetAddress ip = InetAddress.getByName(address);
            if (!(ip instanceof Inet6Address)) {
                return ip.getHostAddress();
            }
            byte[] bytes = ip.getAddress();
            Arrays.fill(bytes, 8, 16, (byte) 0);
            return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }

    private static boolean isLiteral(String address) {
        return IPV4.matcher(address).matches() || (address.contains(":") && IPV6.matcher(address).matches());
    }
}
