package org.clinic.system.scale;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A patient's client in front of several gateways, as a browser behind a load balancer would be: it starts on one
 * gateway and, when its request is refused (a gateway or service instance stopping: connection refused or reset,
 * 502/503/504), tries again on the next gateway after a short pause, with the same Idempotency-Key, so a booking
 * that did go through meanwhile is answered again instead of made twice.
 */
final class GatewayClient {

    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(90);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> gateways;
    private final AtomicInteger unreachable = new AtomicInteger();
    private final AtomicInteger unavailable = new AtomicInteger();

    GatewayClient(List<String> gateways) {
        this.gateways = List.copyOf(gateways);
    }

    /** A booking POST's final answer: 201 or 409 (or whatever else came back after the last retry). */
    HttpResponse<String> book(int firstGateway, String json) {
        String key = UUID.randomUUID().toString();
        return send(firstGateway, gateway -> HttpRequest.newBuilder(URI.create(gateway + "/api/booking/appointments"))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> get(int firstGateway, String path) {
        return send(firstGateway, gateway -> HttpRequest.newBuilder(URI.create(gateway + path)).GET());
    }

    /** How many times a gateway could not be reached (stopped: refused or dropped) and the request was sent again. */
    int unreachable() {
        return unreachable.get();
    }

    /** How many times a gateway answered 502, 503 or 504 and the request was sent again. */
    int unavailable() {
        return unavailable.get();
    }

    private HttpResponse<String> send(int firstGateway, Function<String, HttpRequest.Builder> request) {
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        for (int attempt = 0; ; attempt++) {
            String gateway = gateways.get((firstGateway + attempt) % gateways.size());
            IOException refused = null;
            try {
                HttpResponse<String> response = http.send(request.apply(gateway).timeout(Duration.ofSeconds(30))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (!isRefusal(response.statusCode()) || System.nanoTime() > deadline) {
                    return response;
                }
                unavailable.incrementAndGet();
            } catch (IOException e) {
                refused = e;
                unreachable.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Still refused after " + GIVE_UP_AFTER, refused);
            }
            pause(Math.min(2000, 100L << Math.min(attempt, 4)));
        }
    }

    private static boolean isRefusal(int status) {
        return status == 502 || status == 503 || status == 504;
    }

    private static void pause(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
