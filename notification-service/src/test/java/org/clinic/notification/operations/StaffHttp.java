package org.clinic.notification.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.clinic.testsupport.StaffTokens;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Requests as staff (a role's access token), redirects not followed, for the operations tests. */
final class StaffHttp {

    static final String ADMIN = StaffTokens.validFor("ops.admin", "ADMIN");
    static final String DESK = StaffTokens.validFor("desk.ines", "FRONT_DESK");

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    StaffHttp(int port) {
        this.base = "http://localhost:" + port;
    }

    record Answer(int status, String body, String location, String contentType) {
        Document doc() {
            return Jsoup.parse(body);
        }
    }

    /** {@code headers}: name/value pairs, e.g. {@code HX-Request, true}. */
    Answer get(String path, String token, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), token, headers);
    }

    Answer post(String path, String token, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.noBody()),
                token, headers);
    }

    private Answer send(HttpRequest.Builder request, String token, String... headers) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("Location").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
