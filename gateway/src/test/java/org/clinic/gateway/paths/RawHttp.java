package org.clinic.gateway.paths;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends a request line exactly as written. HTTP client libraries normalize or re-encode paths ({@code ..},
 * {@code %2e}) before sending, which is the very thing these tests must not have done for them.
 */
final class RawHttp {

    record Response(int status, String head, String body) {
        String header(String name) {
            return head.lines().filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                    .map(line -> line.substring(name.length() + 1).trim()).findFirst().orElse(null);
        }
    }

    private RawHttp() {
    }

    static Response get(int port, String rawPath, String accept) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(15_000);
            String request = "GET " + rawPath + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAccept: " + accept
                    + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int endOfHead = answer.indexOf("\r\n\r\n");
            String head = endOfHead < 0 ? answer : answer.substring(0, endOfHead);
            String body = endOfHead < 0 ? "" : answer.substring(endOfHead + 4);
            return new Response(Integer.parseInt(head.substring(9, 12)), head, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
