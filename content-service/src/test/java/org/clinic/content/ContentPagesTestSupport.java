package org.clinic.content;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The public pages of the running service, fetched as a browser would (asking for HTML) and parsed with jsoup.
 * Shares the application context, and the demo content, with the API tests.
 */
public abstract class ContentPagesTestSupport extends ContentApiTestSupport {

    /** The public address the tests' pages are rendered for (application.yml's default). */
    protected static final String BASE = "http://localhost:8080";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    protected Page page(String pathAndQuery, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected record Page(int status, HttpHeaders headers, String body) {

        public Document html() {
            return Jsoup.parse(body, BASE);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }
}
