package org.clinic.testsupport.metrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scrape of a service's {@code /actuator/prometheus} (Prometheus text format), read into samples: what
 * Prometheus itself would store. Tests compare two scrapes around an action, since counters keep counting across
 * the tests that share an application context.
 */
public final class PrometheusScrape {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)(?:\\s+\\d+)?");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\",?");

    /** One line of the scrape: a metric name, its labels and its value. */
    public record Sample(String name, Map<String, String> labels, double value) {
    }

    private final List<Sample> samples;

    private PrometheusScrape(List<Sample> samples) {
        this.samples = samples;
    }

    /** Scrapes {@code http://localhost:<managementPort>/actuator/prometheus}. */
    public static PrometheusScrape of(int managementPort) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + "/actuator/prometheus"))
                .timeout(Duration.ofSeconds(15)).header("Accept", "text/plain").build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("/actuator/prometheus on port " + managementPort + " answered "
                        + response.statusCode());
            }
            return parse(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static PrometheusScrape parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher sample = SAMPLE.matcher(line.strip());
            if (!sample.matches()) {
                throw new IllegalArgumentException("Not a Prometheus sample: " + line);
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (sample.group(2) != null) {
                Matcher label = LABEL.matcher(sample.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2).replace("\\\"", "\"").replace("\\\\", "\\"));
                }
            }
            samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(3))));
        }
        return new PrometheusScrape(List.copyOf(samples));
    }

    /** Every metric name in the scrape, with its suffixes as Prometheus stores them (_total, _bucket, _count...). */
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        samples.forEach(s -> names.add(s.name()));
        return names;
    }

    /** The samples of this name whose labels include the given ones ({@code "outcome", "booked", ...}). */
    public List<Sample> samples(String name, String... labels) {
        Map<String, String> wanted = pairs(labels);
        return samples.stream().filter(s -> s.name().equals(name))
                .filter(s -> s.labels().entrySet().containsAll(wanted.entrySet())).toList();
    }

    /** The sum over {@link #samples}; fails when there is none, since a missing series is what tests look for. */
    public double value(String name, String... labels) {
        List<Sample> matching = samples(name, labels);
        if (matching.isEmpty()) {
            throw new AssertionError("No sample " + name + pairs(labels) + " in the scrape; names: " + names());
        }
        return matching.stream().mapToDouble(Sample::value).sum();
    }

    private static Map<String, String> pairs(String... labels) {
        if (labels.length % 2 != 0) {
            throw new IllegalArgumentException("labels come in name, value pairs");
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        for (int i = 0; i < labels.length; i += 2) {
            pairs.put(labels[i], labels[i + 1]);
        }
        return pairs;
    }
}
