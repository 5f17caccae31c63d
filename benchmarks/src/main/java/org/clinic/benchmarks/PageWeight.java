package org.clinic.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * A page or asset fetched once through the gateway as a browser's first visit does (gzip, no cache), outside the
 * load: the bytes it sends are the page-weight budget's figure (under 100 kB per page with what it loads).
 *
 * @param sent the bytes on the wire (gzip when the server compressed), {@code text} the body as decoded
 */
record PageWeight(byte[] sent, boolean gzipped, String text, int unzipped) {

    static final long BUDGET_BYTES = 100 * 1024;

    /** How a browser asks: the page phase sends exactly these requests. */
    static HttpRequest request(Context c, String path, String accept) {
        String url = path.startsWith("http") ? path : c.gateway() + path;
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).header("Accept-Encoding", "gzip")
                .timeout(Duration.ofSeconds(30)).build();
    }

    /** @throws IllegalStateException unless the answer is 200: a broken page is not measured */
    static PageWeight fetch(Context c, String path, String accept) throws Exception {
        var response = c.http().send(request(c, path, accept), HttpResponse.BodyHandlers.ofByteArray());
        boolean gzipped = response.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase)
                .isPresent();
        byte[] body = gzipped ? gunzip(response.body()) : response.body();
        String text = new String(body, StandardCharsets.UTF_8);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " through the gateway answered " + response.statusCode()
                    + ": " + (text.length() > 300 ? text.substring(0, 300) + "..." : text));
        }
        return new PageWeight(response.body(), gzipped, text, body.length);
    }

    /** This page and what a first visit loads with it (stylesheets, scripts, images), each as sent. */
    String firstVisit(Context c) throws Exception {
        long total = sent.length;
        List<String> parts = new ArrayList<>();
        for (String url : PageHtml.subresources(text)) {
            if (!url.startsWith("data:")) {
                long bytes = fetch(c, url, "*/*").sent().length;
                total += bytes;
                parts.add(url.substring(url.lastIndexOf('/') + 1) + " " + kB(bytes));
            }
        }
        return String.format(Locale.ROOT, "%s in all (HTML %s%s); budget %s: %s", kB(total), kB(sent.length),
                parts.isEmpty() ? "" : ", " + String.join(", ", parts), kB(BUDGET_BYTES),
                total < BUDGET_BYTES ? "met" : "MISSED");
    }

    /** For the table: as sent, and unzipped. */
    String size() {
        return kB(sent.length) + (gzipped ? " (" + kB(unzipped) + " unzipped)" : " (not gzipped)");
    }

    static String kB(long bytes) {
        return String.format(Locale.ROOT, "%.1f kB", bytes / 1024.0);
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
