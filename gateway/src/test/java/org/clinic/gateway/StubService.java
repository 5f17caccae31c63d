package org.clinic.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP service standing in for booking/content/notification: it answers every request with JSON describing
 * what it received (method, path, query, headers with lower-case names). {@code /api/booking/hang} never answers
 * in time, to provoke the gateway's response timeout; {@code /api/booking/drop} closes the connection unanswered.
 */
public final class StubService {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Response header naming the stub that answered, for tests that route to several. */
    public static final String NAME_HEADER = "X-Stub-Name";
    /** Where the gateway's load balancer asks whether an instance is ready. */
    public static final String HEALTH_CHECK = "/readyz";

    private final HttpServer server;
    private final String name;
    private final CountDownLatch released = new CountDownLatch(1);
    private final List<String> received = new CopyOnWriteArrayList<>();

    private StubService(String name, int port) {
        this.name = name;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "stub-service");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::echo);
        server.start();
    }

    public static StubService start() {
        return start("stub");
    }

    public static StubService start(String name) {
        return new StubService(name, 0);
    }

    /** On a given port: an instance that comes back where it was. */
    public static StubService start(String name, int port) {
        return new StubService(name, port);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops listening: from now on connections to its port are refused. */
    public void stop() {
        server.stop(0);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A port nothing listens on: bound once to reserve a number, then closed. */
    public static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The raw path of every request this stub was sent, in order: proof of what got through the gateway. */
    public List<String> receivedPaths() {
        return List.copyOf(received);
    }

    public void releaseHungRequests() {
        released.countDown();
    }

    private void echo(HttpExchange exchange) throws IOException {
        try (exchange) {
            // The gateway's own health checks (every 2 s) are not requests that got through it.
            if (!exchange.getRequestURI().getRawPath().equals(HEALTH_CHECK)) {
                received.add(exchange.getRequestURI().getRawPath());
            }
            exchange.getRequestBody().readAllBytes();
            if (exchange.getRequestURI().getPath().equals("/api/booking/drop")) {
                // Closed without an answer: the request reached the service, which then went away.
                return;
            }
            if (exchange.getRequestURI().getPath().equals("/api/booking/hang")) {
                // Bounded so a forgotten release cannot keep threads forever; the gateway gives up long before.
                released.await(30, TimeUnit.SECONDS);
            }
            if (exchange.getRequestURI().getPath().endsWith("/openapi.json")) {
                answerWithOpenApiDocument(exchange);
                return;
            }
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) ->
                    headers.put(name.toLowerCase(), String.join(", ", values)));
            Map<String, Object> echo = new LinkedHashMap<>();
            echo.put("method", exchange.getRequestMethod());
            echo.put("path", exchange.getRequestURI().getRawPath());
            echo.put("query", exchange.getRequestURI().getRawQuery());
            echo.put("headers", headers);
            byte[] body = JSON.writeValueAsBytes(echo);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            // A service's own request id must not replace the gateway's.
            exchange.getResponseHeaders().set("X-Request-Id", "from-the-service");
            exchange.getResponseHeaders().set(NAME_HEADER, name);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Every service's OpenAPI document is the same small one here (test resource {@code stub-openapi.json}). */
    private static void answerWithOpenApiDocument(HttpExchange exchange) throws IOException {
        byte[] document;
        try (var in = StubService.class.getResourceAsStream("/stub-openapi.json")) {
            document = in.readAllBytes();
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, document.length);
        exchange.getResponseBody().write(document);
    }

    /** What the stub received, as the JSON it answered with. */
    public record Echo(String method, String path, String query, Map<String, String> headers) {
        public String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

}
