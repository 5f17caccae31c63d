package org.clinic.testsupport.access;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One method and path pattern that a service maps, written as in its controller: {@code GET /api/x/{id}}.
 * {@link #samplePath()} turns the pattern into a path a request can be sent to.
 */
public record Endpoint(String method, String pattern) implements Comparable<Endpoint> {

    /** {@code {name}}, {@code {name:regex}} and {@code {*name}} (the rest of the path). */
    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([A-Za-z0-9_]+)(:[^}]*)?}");
    /** The same id in every path, so a failure can be repeated by hand. */
    private static final String SAMPLE_ID = "00000000-0000-4000-8000-000000000000";

    /** Parses each of {@code "GET /api/x/{id}", ...}. */
    public static java.util.Set<Endpoint> setOf(String... methodAndPatterns) {
        return java.util.Arrays.stream(methodAndPatterns).map(Endpoint::of)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Parses {@code "GET /api/x/{id}"}. */
    public static Endpoint of(String methodAndPattern) {
        String[] parts = methodAndPattern.strip().split("\\s+", 2);
        return new Endpoint(parts[0], parts[1]);
    }

    /**
     * The pattern with each path variable filled by a well-formed value of its kind (an appointment reference, a
     * UUID for ids, a slug) so that a request gets past argument conversion to whatever decides about it, and each
     * wildcard by one segment.
     */
    public String samplePath() {
        Matcher variables = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            variables.appendReplacement(path, Matcher.quoteReplacement(sample(variables.group(1))));
        }
        variables.appendTail(path);
        return path.toString().replace("**", "x").replace("*", "x");
    }

    private static String sample(String name) {
        String lower = name.toLowerCase();
        if (lower.contains("reference")) {
            return "ABCDEFGH";
        }
        if (lower.equals("id") || lower.endsWith("id")) {
            return SAMPLE_ID;
        }
        if (lower.contains("slug")) {
            return "no-such-page";
        }
        return "x";
    }

    @Override
    public int compareTo(Endpoint other) {
        int byPattern = pattern.compareTo(other.pattern);
        return byPattern != 0 ? byPattern : method.compareTo(other.method);
    }

    @Override
    public String toString() {
        return method + " " + pattern;
    }
}
