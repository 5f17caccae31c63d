package org.clinic.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.clinic.gateway.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Bodies over 64 kB never reach a service: refused by the gateway with a problem, whatever the route, except the
 * few POSTs given more (an image upload, an article form), and those only up to their own allowance.
 */
class RequestBodyLimitIT extends GatewayIntegrationTest {

    @Test
    void aBodyOverTheLimitIsRefusedWith413BeforeReachingTheService() {
        String big = "{\"notes\":\"" + "x".repeat(70 * 1024) + "\"}";

        client.post().uri("/api/booking/appointments").contentType(MediaType.APPLICATION_JSON).bodyValue(big)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("Request bodies may be at most 64 kB.");
    }

    @Test
    void theGatewaysOwnLoginIsProtectedToo() {
        client.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\":\"" + "u".repeat(100 * 1024) + "\",\"password\":\"p\"}")
                .exchange()
                .expectStatus().isEqualTo(413);
    }

    @Test
    void aBodyWithinTheLimitIsForwarded() {
        client.post().uri("/api/booking/appointments").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"notes\":\"" + "x".repeat(60 * 1024) + "\"}")
                .exchange()
                .expectStatus().isOk();
    }

    /** An editor's image upload: 5 MB of image and its multipart form, on that path alone. */
    @Test
    void anImageUploadOfFiveMegabytesIsForwarded() {
        client.post().uri("/api/content/images").contentType(MediaType.MULTIPART_FORM_DATA)
                .bodyValue(new byte[5 * 1024 * 1024 + 4 * 1024])
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void anImageUploadOverItsAllowanceIsRefusedWith413() {
        client.post().uri("/api/content/images").contentType(MediaType.MULTIPART_FORM_DATA)
                .bodyValue(new byte[5200 * 1024 + 1])
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void theUploadAllowanceHoldsForNoOtherPath() {
        client.post().uri("/api/content/articles").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new byte[1024 * 1024])
                .exchange()
                .expectStatus().isEqualTo(413);
        client.put().uri("/api/content/images").contentType(MediaType.MULTIPART_FORM_DATA)
                .bodyValue(new byte[1024 * 1024])
                .exchange()
                .expectStatus().isEqualTo(413);
    }

    /** 60,000 characters of Markdown, form-encoded, can pass 64 kB: the article form may carry up to 512 kB. */
    @Test
    void anArticleFormMayCarryHalfAMegabyte() {
        String body = "bodyMarkdown=" + "%0A".repeat(150 * 1024);
        for (String path : new String[] {"/editor/articles", "/editor/articles/knee-pain", "/editor/preview"}) {
            client.post().uri(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue(body)
                    .exchange()
                    .expectStatus().value(status -> assertThat(status).as(path).isNotEqualTo(413));
        }
        client.post().uri("/editor/articles").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("bodyMarkdown=" + "x".repeat(512 * 1024))
                .exchange()
                .expectStatus().isEqualTo(413);
    }

    /** A chunked body declares no length, so its size is known only once forwarded: refused up front (411). */
    @Test
    void aChunkedBodyWithoutALengthIsRefused() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/booking/appointments"))
                .header("Content-Type", "application/json")
                // A publisher of unknown length makes java.net.http send Transfer-Encoding: chunked.
                .POST(HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofString("{\"notes\":\"chunked\"}")))
                .build();

        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(411);
        assertThat(response.body()).contains("Content-Length");
    }
}
