package org.clinic.gateway.headers;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A service that renders pages, as content-service does: {@code /articles/own-policy} comes with the service's own
 * (stricter) Content-Security-Policy, {@code /articles/no-policy} with none, and {@code /api/content/**} is JSON
 * carrying the page policy, as Spring Security writes it on every answer of a service.
 */
final class PageStub {

    static final String OWN_POLICY = "default-src 'self'; script-src 'none'; frame-ancestors 'none'";

    private final HttpServer server;

    private PageStub() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
    }

    static PageStub start() {
        return new PageStub();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            var headers = exchange.getResponseHeaders();
            byte[] body;
            if (path.startsWith("/api/")) {
                headers.set("Content-Type", "application/json");
                headers.set("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'");
                body = "{\"items\":[]}".getBytes(StandardCharsets.UTF_8);
            } else {
                headers.set("Content-Type", "text/html;charset=UTF-8");
                if (path.equals("/articles/own-policy")) {
                    headers.set("Content-Security-Policy", OWN_POLICY);
                }
                body = "<!doctype html><title>Article</title>".getBytes(StandardCharsets.UTF_8);
            }
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }
}
