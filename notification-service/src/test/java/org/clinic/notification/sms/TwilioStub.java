package org.clinic.notification.sms;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A local stand-in for Twilio's Messages API (JDK HTTP server): records each request and answers 201 unless told
 * otherwise for a number, e.g. {@code answer("+447700900001", 500, 201)}: first 500, then 201.
 */
public final class TwilioStub implements AutoCloseable {

    public static final String ACCOUNT_SID = "AC00000000000000000000000000000001";
    public static final String AUTH_TOKEN = "stub-auth-token";
    public static final String FROM = "+15005550006";

    private final HttpServer server;
    private final Queue<Request> requests = new ConcurrentLinkedQueue<>();
    private final Map<String, Queue<Answer>> answers = new ConcurrentHashMap<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    private TwilioStub(HttpServer server) {
        this.server = server;
    }

    public static TwilioStub start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            TwilioStub stub = new TwilioStub(server);
            server.createContext("/", stub::handle);
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The statuses the next messages to this number get, in order; afterwards 201 again. */
    public void answer(String to, int... statuses) {
        Queue<Answer> queue = answers.computeIfAbsent(to, k -> new ConcurrentLinkedQueue<>());
        for (int status : statuses) {
            queue.add(new Answer(status, false));
        }
    }

    /**
     * The next message to this number gets no answer while the stub runs: the sender's read timeout ends the wait,
     * as with a provider that hangs. (Held, not slept: no guess at how long "too long" is.)
     */
    public void holdAnswer(String to) {
        answers.computeIfAbsent(to, k -> new ConcurrentLinkedQueue<>()).add(new Answer(201, true));
    }

    public List<Request> requestsTo(String to) {
        return requests.stream().filter(r -> to.equals(r.form().get("To"))).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> form = parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Content-Type"), form));
        Queue<Answer> queue = answers.get(form.get("To"));
        Answer answer = queue == null || queue.isEmpty() ? new Answer(201, false) : queue.poll();
        if (answer.held()) {
            awaitClose();
        }
        // Shaped like Twilio's answers; the error quotes the number, as Twilio's do.
        String body = answer.status() < 300 ? "{\"sid\": \"SM0001\", \"status\": \"queued\"}"
                : "{\"code\": 21211, \"message\": \"The 'To' number " + form.get("To") + " is not valid.\", "
                        + "\"status\": " + answer.status() + "}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException clientGaveUp) {
            // a timed-out client closed the connection
        } finally {
            exchange.close();
        }
    }

    private static Map<String, String> parse(String form) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    private void awaitClose() {
        try {
            // Bounded so a stub left open cannot keep a thread forever; every sender gives up long before.
            closing.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
    }

    public record Request(String method, String path, String authorization, String contentType,
            Map<String, String> form) {
    }

    private record Answer(int status, boolean held) {
    }
}
