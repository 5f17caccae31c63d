package org.clinic.testsupport.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;

/**
 * Sends one request the way a client without special knowledge would, to see what security answers: no redirects
 * followed, a body of the right kind where the method takes one ({@code {}} to the JSON API, an empty form to
 * pages), and {@code Sec-Fetch-Site: same-origin} so that the pages' cross-site form check never answers in
 * security's place.
 */
public final class AccessProbe {

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    /** @param base e.g. {@code http://localhost:8081} */
    public AccessProbe(String base) {
        this.base = base;
    }

    /** @param bearerToken {@code null} to send none */
    public Answer send(String method, String path, String bearerToken) {
        boolean api = path.startsWith("/api/");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Sec-Fetch-Site", "same-origin");
        if (WITH_BODY.contains(method)) {
            request.header("Content-Type", api ? "application/json" : "application/x-www-form-urlencoded")
                    .method(method, HttpRequest.BodyPublishers.ofString(api ? "{}" : ""));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(method + " " + path, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Answer(String request, int status, String contentType, String location) {

        /** Refused for want of a login: a 401 problem from the API, the way to the login page from a page. */
        public boolean refusedForLogin() {
            return status == 401 && contentType.startsWith("application/problem+json")
                    || status == 303 && location != null && location.startsWith("/login");
        }

        /** Refused by security, for want of a login or of a role. */
        public boolean refused() {
            return refusedForLogin() || status == 403;
        }

        @Override
        public String toString() {
            return request + " -> " + status + (location == null ? "" : " " + location);
        }
    }
}
