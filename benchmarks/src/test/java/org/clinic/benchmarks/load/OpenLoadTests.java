package org.clinic.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenLoadTests {

    private HttpServer server;
    private final AtomicInteger received = new AtomicInteger();

    @BeforeEach
    void startAServerThatCreatesEveryOtherRequest() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            int n = received.incrementAndGet();
            exchange.sendResponseHeaders(n % 2 == 0 ? 201 : 409, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void sendsEveryRequestAtTheFixedRateAndCountsEachStatus() {
        var uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/book");
        List<HttpRequest> requests = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            requests.add(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        }

        var result = OpenLoad.run(HttpClient.newHttpClient(), requests, 100);

        assertThat(received.get()).isEqualTo(40);
        assertThat(result.count(201)).isEqualTo(20);
        assertThat(result.count(409)).isEqualTo(20);
        assertThat(result.other(201, 409)).isZero();
        assertThat(result.latencies().count()).isEqualTo(40);
        // 40 requests at 100/s are spread over 0.39 s; a client that sent them at once would finish far sooner.
        assertThat(result.elapsedSeconds()).isGreaterThanOrEqualTo(0.39);
    }

    @Test
    void interleavedLanesEachKeepTheirRateAndTheirOwnResults() {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        List<HttpRequest> posts = new ArrayList<>();
        List<HttpRequest> nowhere = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            posts.add(HttpRequest.newBuilder(URI.create(base + "/book")).POST(HttpRequest.BodyPublishers.noBody())
                    .build());
            nowhere.add(HttpRequest.newBuilder(URI.create("http://127.0.0.1:1/book")).GET().build());
        }

        var results = OpenLoad.interleaved(HttpClient.newHttpClient(), List.of(posts, nowhere), 50);

        assertThat(received.get()).isEqualTo(20);
        assertThat(results.get(0).other(201, 409)).isZero();
        assertThat(results.get(0).latencies().count()).isEqualTo(20);
        assertThat(results.get(1).count(-1)).isEqualTo(20);
        // 20 requests per lane at 50/s each: the last is due 0.39 s after the first, not sooner.
        assertThat(results.get(0).elapsedSeconds()).isGreaterThanOrEqualTo(0.38);
    }

    @Test
    void countsARequestNobodyAnswersAsNoAnswer() {
        var nowhere = URI.create("http://127.0.0.1:1/book");

        var result = OpenLoad.run(HttpClient.newHttpClient(),
                List.of(HttpRequest.newBuilder(nowhere).GET().build()), 10);

        assertThat(result.count(-1)).isEqualTo(1);
        assertThat(result.firstUnexpected()).isNotNull();
    }
}
