package org.clinic.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser with JavaScript off, for page tests: GETs and form posts, redirects not followed (so 303s can be
 * checked), the cookies it was given sent back, and pages parsed with jsoup.
 */
public class PageClient {

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public PageClient(String base) {
        this.base = base;
    }

    public record Page(int status, Map<String, List<String>> headers, String body) {
        public Document doc() {
            return Jsoup.parse(body);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        public List<String> headers(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).toList();
        }

        public Element one(String css) {
            Element element = doc().selectFirst(css);
            if (element == null) {
                throw new AssertionError("No " + css + " in the page (status " + status + "):\n" + body);
            }
            return element;
        }
    }

    /** {@code headers}: extra name/value pairs, e.g. {@code "Authorization", "Bearer ..."} or htmx's HX-Request. */
    public Page get(String path, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** {@code headers}: extra name/value pairs, e.g. what another site's page would make the browser send. */
    public Page post(String path, Map<String, String> form, String... headers) {
        String body = form.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** The form's fields as the browser would send them: inputs, checked radios and textareas. */
    public static Map<String, String> fields(Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name]")) {
            if ("radio".equals(input.attr("type")) && !input.hasAttr("checked")) {
                continue;
            }
            fields.put(input.attr("name"), input.is("textarea") ? input.text() : input.val());
        }
        return fields;
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public void forgetCookies() {
        cookies.clear();
    }

    private Page send(HttpRequest.Builder builder) {
        // As browsers ask: error responses then come as the site's error pages, not JSON.
        builder.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> r = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            Page page = new Page(r.statusCode(), r.headers().map(), r.body());
            page.headers("Set-Cookie").forEach(this::remember);
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void remember(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int eq = pair.indexOf('=');
        cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
