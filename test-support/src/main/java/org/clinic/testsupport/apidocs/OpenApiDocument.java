package org.clinic.testsupport.apidocs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.clinic.testsupport.access.AccessProbe;
import org.clinic.testsupport.access.Endpoint;
import org.clinic.testsupport.access.MappedEndpoints;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service's OpenAPI document as a client fetches it, read into what the contract tests compare with the code: its
 * operations, who may call each (a {@code staff} security requirement and its roles, else public), and the answers
 * each declares.
 */
public final class OpenApiDocument {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PROBLEM_JSON = "application/problem+json";

    private final JsonNode root;
    private final Map<Endpoint, Operation> operations = new TreeMap<>();

    private OpenApiDocument(JsonNode root) {
        this.root = root;
        for (var path : root.path("paths").properties()) {
            for (var entry : path.getValue().properties()) {
                if (METHODS.contains(entry.getKey())) {
                    Endpoint endpoint = new Endpoint(entry.getKey().toUpperCase(), path.getKey());
                    operations.put(endpoint, Operation.of(endpoint, entry.getValue()));
                }
            }
        }
    }

    /** GETs {@code base + path}; fails unless it answers 200 with JSON. */
    public static OpenApiDocument fetch(String base, String path) {
        HttpResponse<String> response = get(base + path);
        if (response.statusCode() != 200
                || !response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + " "
                    + response.headers().firstValue("Content-Type").orElse("without a type"));
        }
        return parse(response.body());
    }

    public static OpenApiDocument parse(String json) {
        return new OpenApiDocument(JSON.readTree(json));
    }

    public JsonNode root() {
        return root;
    }

    public Map<Endpoint, Operation> operations() {
        return operations;
    }

    /**
     * Which of {@code expected} the document lacks. Path variables match whatever their name ({@code {id}} in API.md
     * is {@code {practitionerId}} in the code): the contract is the shape of the path.
     */
    public Set<Endpoint> missing(Set<Endpoint> expected) {
        Set<Endpoint> documented = new TreeSet<>();
        operations.keySet().forEach(endpoint -> documented.add(shape(endpoint)));
        Set<Endpoint> missing = new TreeSet<>();
        expected.stream().filter(endpoint -> !documented.contains(shape(endpoint))).forEach(missing::add);
        return missing;
    }

    /**
     * The service's own JSON endpoints (those it maps under {@code prefix}, its OpenAPI document aside) that the
     * document lacks: a new endpoint must be described before it ships.
     */
    public Set<Endpoint> missingOfMapped(ApplicationContext context, String prefix) {
        Set<Endpoint> api = new TreeSet<>();
        MappedEndpoints.of(context).stream()
                .filter(e -> e.pattern().equals(prefix) || e.pattern().startsWith(prefix + "/"))
                .filter(e -> !e.pattern().contains("/openapi.json")) // and springdoc's .yaml twin
                .forEach(api::add);
        return missing(api);
    }

    private static Endpoint shape(Endpoint endpoint) {
        return new Endpoint(endpoint.method(), endpoint.pattern().replaceAll("\\{[^}]*}", "{}"));
    }

    /**
     * Each documented operation sent without a token: one the document says needs staff must be refused for want of
     * a login (401), a public one must not be refused. A disagreement means the document lies about who may call it.
     */
    public List<String> securityDisagreements(AccessProbe probe) {
        List<String> disagreements = new ArrayList<>();
        operations.forEach((endpoint, operation) -> {
            AccessProbe.Answer answer = probe.send(endpoint.method(), endpoint.samplePath(), null);
            if (operation.staffOnly() && !answer.refusedForLogin()) {
                disagreements.add(endpoint + " is documented for staff " + operation.roles() + ", yet " + answer);
            } else if (!operation.staffOnly() && answer.refused()) {
                disagreements.add(endpoint + " is documented as public, yet " + answer);
            }
        });
        return disagreements;
    }

    /**
     * What every operation must have (service-platform's apidocs conventions and a summary of its own): a summary,
     * a success, a 503, and every error as {@code application/problem+json}; a staff operation 401 and 403.
     */
    public List<String> conventionBreaches() {
        List<String> breaches = new ArrayList<>();
        operations.forEach((endpoint, operation) -> {
            if (operation.summary().isBlank()) {
                breaches.add(endpoint + " has no summary");
            }
            if (operation.responses().keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                breaches.add(endpoint + " declares no success");
            }
            List<String> required = operation.staffOnly() ? List.of("401", "403", "503") : List.of("503");
            required.stream().filter(code -> !operation.responses().containsKey(code))
                    .forEach(code -> breaches.add(endpoint + " declares no " + code));
            operation.responses().forEach((code, types) -> {
                if ((code.startsWith("4") || code.startsWith("5")) && !types.equals(Set.of(PROBLEM_JSON))) {
                    breaches.add(endpoint + " answers " + code + " as " + types + ", not a problem");
                }
            });
        });
        return breaches;
    }

    /** Documented paths outside {@code prefix}: pages or fragments that leaked into the API's description. */
    public List<String> pathsOutside(String prefix) {
        return operations.keySet().stream().map(Endpoint::pattern).distinct()
                .filter(path -> !path.equals(prefix) && !path.startsWith(prefix + "/")).toList();
    }

    private static HttpResponse<String> get(String url) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param staffOnly whether it requires a staff sign-in
     * @param roles the roles that may call it (the scopes of its security requirements)
     * @param responses each declared status code and the media types of its body
     */
    public record Operation(Endpoint endpoint, String summary, boolean staffOnly, List<String> roles,
            Map<String, Set<String>> responses, Set<String> headerParameters) {

        static Operation of(Endpoint endpoint, JsonNode node) {
            Set<String> roles = new TreeSet<>();
            node.path("security").forEach(requirement -> requirement.properties()
                    .forEach(scheme -> scheme.getValue().forEach(role -> roles.add(role.asString()))));
            Map<String, Set<String>> responses = new TreeMap<>();
            node.path("responses").properties().forEach(response -> {
                Set<String> types = new TreeSet<>();
                response.getValue().path("content").propertyNames().forEach(types::add);
                responses.put(response.getKey(), types);
            });
            Set<String> headers = new TreeSet<>();
            node.path("parameters").forEach(parameter -> {
                if ("header".equals(parameter.path("in").asString())) {
                    headers.add(parameter.path("name").asString());
                }
            });
            return new Operation(endpoint, node.path("summary").asString(""), !node.path("security").isEmpty(),
                    List.copyOf(roles), responses, headers);
        }
    }
}
