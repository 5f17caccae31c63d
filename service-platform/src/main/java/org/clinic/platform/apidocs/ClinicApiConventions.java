package org.clinic.platform.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * The conventions of API.md that hold for every operation, written into the generated document once here instead
 * of on each controller: errors are RFC 9457 problems, a staff operation answers 401 and 403, one with a path
 * variable 404, one with a body 413 and 415, any 400, and every one 503 when something it needs is down (the
 * gateway answers that for a service it cannot reach). A controller only declares what is particular to it (a 409,
 * a 429) with {@code @ApiResponse(responseCode, description)}; the problem body is added here.
 */
class ClinicApiConventions implements GlobalOpenApiCustomizer {

    static final String PROBLEM = "Problem";
    static final String FIELD_PROBLEM = "FieldProblem";
    static final String PROBLEM_JSON = "application/problem+json";

    /** What each error means in this API, unless the operation says more. */
    private static final Map<String, String> ERRORS = Map.of(
            "400", "Malformed or invalid request: the problem's `errors` names each field at fault.",
            "401", "No valid staff sign-in (a patient's manage token never counts as one).",
            "403", "Signed in, but the role may not do this.",
            "404", "Not found.",
            "409", "Conflict: the current state or the clinic's policy does not allow this.",
            "413", "The request body is larger than the gateway accepts (64 kB by default).",
            "415", "The request body is not `application/json`.",
            "429", "Too many requests: try again after `Retry-After` seconds. Nothing was stored.",
            "503", "A service or database this needs is unavailable; nothing was done. Try again shortly.");

    @Override
    public void customise(OpenAPI api) {
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.setComponents(components);
        components.addSchemas(FIELD_PROBLEM, fieldProblem());
        components.addSchemas(PROBLEM, problem());
        components.addSecuritySchemes(ApiDocs.STAFF, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT")
                .description("The `token` from `POST /api/auth/login` at the gateway, as `Authorization: Bearer`. "
                        + "The gateway checks the session and passes the service a short-lived token of its own; "
                        + "the listed scopes are the roles that may call the operation."));
        components.addSecuritySchemes(ApiDocs.STAFF_COOKIE, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.COOKIE).name("CLINIC_SESSION")
                .description("The same sign-in as the browser's HttpOnly session cookie, set by the login "
                        + "(`__Host-CLINIC_SESSION` where the site is served over https)."));
        if (api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> item.readOperations().forEach(op -> describe(path, op)));
        }
    }

    private static void describe(String path, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        boolean staff = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (staff) {
            operation.setSecurity(withCookieAlternative(operation.getSecurity()));
        }
        boolean body = operation.getRequestBody() != null;
        boolean input = body || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        addError(responses, "400", input);
        addError(responses, "401", staff);
        addError(responses, "403", staff);
        addError(responses, "404", path.contains("{"));
        addError(responses, "413", body);
        addError(responses, "415", body);
        addError(responses, "503", true);
        responses.forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                asProblem(code, response);
            }
        });
        operation.setResponses(sorted(responses));
    }

    /** Browsers sign in with the cookie, API clients with the token: either satisfies the same roles. */
    private static List<SecurityRequirement> withCookieAlternative(List<SecurityRequirement> requirements) {
        List<SecurityRequirement> all = new ArrayList<>(requirements);
        for (SecurityRequirement requirement : requirements) {
            List<String> roles = requirement.get(ApiDocs.STAFF);
            if (roles != null && requirements.stream().noneMatch(r -> r.containsKey(ApiDocs.STAFF_COOKIE))) {
                all.add(new SecurityRequirement().addList(ApiDocs.STAFF_COOKIE, roles));
            }
        }
        return all;
    }

    private static void addError(ApiResponses responses, String code, boolean applies) {
        if (applies && !responses.containsKey(code)) {
            responses.addApiResponse(code, new ApiResponse().description(ERRORS.get(code)));
        }
    }

    /**
     * Every error is a problem (springdoc would give a declared one the operation's success body); a 429 also says
     * how long to wait.
     */
    private static void asProblem(String code, ApiResponse response) {
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription(ERRORS.getOrDefault(code, "Error."));
        }
        if (response.getContent() == null || !response.getContent().containsKey(PROBLEM_JSON)) {
            MediaType problem = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM));
            ProblemExamples.forStatus(code).ifPresent(problem::setExample);
            response.setContent(new Content().addMediaType(PROBLEM_JSON, problem));
        }
        if (code.equals("429") && (response.getHeaders() == null || !response.getHeaders().containsKey("Retry-After"))) {
            response.addHeaderObject("Retry-After", new Header()
                    .description("Seconds to wait before the next try.")
                    .schema(type("integer")));
        }
    }

    /** Successes first, then errors, each by code, as a reader looks for them. */
    private static ApiResponses sorted(ApiResponses responses) {
        ApiResponses sorted = new ApiResponses();
        responses.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .forEach(entry -> sorted.addApiResponse(entry.getKey(), entry.getValue()));
        if (responses.getExtensions() != null) {
            sorted.setExtensions(responses.getExtensions());
        }
        return sorted;
    }

    private static Schema<Object> problem() {
        Schema<Object> problem = type("object")
                .description("An RFC 9457 problem. Never a stack trace, SQL or another patient's data; "
                        + "some problems add members of their own (e.g. `conflicts`).")
                .addProperty("type", type("string").format("uri-reference")
                        .description("Identifies the kind of problem; `about:blank` when the status says it all."))
                .addProperty("title", type("string").description("A short summary of the kind of problem."))
                .addProperty("status", type("integer").description("The HTTP status code."))
                .addProperty("detail", type("string").description("What went wrong here, for a person to read."))
                .addProperty("instance", type("string").format("uri-reference")
                        .description("The request path that failed."))
                .addProperty("errors", type("array").items(new Schema<>().$ref("#/components/schemas/" + FIELD_PROBLEM))
                        .description("On a 400: each invalid field and why."));
        problem.setRequired(List.of("title", "status"));
        problem.setAdditionalProperties(true);
        return problem;
    }

    private static Schema<Object> fieldProblem() {
        Schema<Object> field = type("object")
                .addProperty("field", type("string").description("The field's path in the request, e.g. `patient.email`."))
                .addProperty("message", type("string").description("Why it is not accepted."));
        field.setRequired(List.of("field", "message"));
        return field;
    }

    /** A schema of one JSON type, written as OpenAPI 3.1 (JSON Schema) wants it. */
    static Schema<Object> type(String type) {
        JsonSchema schema = new JsonSchema();
        schema.addType(type);
        return schema;
    }
}
