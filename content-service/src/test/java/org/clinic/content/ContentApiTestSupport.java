package org.clinic.content;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.clinic.testsupport.EmbeddedPostgresServer;
import org.clinic.testsupport.MutableClock;
import org.clinic.testsupport.StaffTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The running service on a random port, over a fresh database on the shared embedded PostgreSQL with
 * the demo content applied. Subclasses share one application context, whose clock a test can move (the scheduled
 * publisher looks every half second).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.root=WARN", "logging.level.org.clinic=INFO",
                "clinic.content.publishing.check-every=PT0.5S"})
@Import(ContentApiTestSupport.TestClock.class)
public abstract class ContentApiTestSupport {

    private static final String DB = EmbeddedPostgresServer.shared().createFreshDatabase("content");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    protected int port;

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock();
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DB);
        registry.add("spring.datasource.username", () -> EmbeddedPostgresServer.USER);
        registry.add(StaffTokens.PUBLIC_KEY_PROPERTY, () -> StaffTokens.TEST_PUBLIC_KEY);
    }

    protected Response get(String pathAndQuery) {
        return send("GET", pathAndQuery, null);
    }

    protected Response send(String method, String pathAndQuery, String bearerToken) {
        return send(method, pathAndQuery, bearerToken, method.equals("GET") || method.equals("DELETE") ? null : "{}");
    }

    /**
     * @param body    JSON, or null to send none
     * @param headers further headers as name, value pairs (e.g. If-Match)
     */
    protected Response send(String method, String pathAndQuery, String bearerToken, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** An access token as the gateway would send it. */
    protected static String staffToken(String... roles) {
        return StaffTokens.validFor("test-staff", roles);
    }

    protected record Response(int status, String contentType, String body, HttpHeaders headers) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }
}
