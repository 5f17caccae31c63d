package org.clinic.platform.apidocs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a client sees for the errors whose shape is worth an example; the others carry only the common members. */
final class ProblemExamples {

    private ProblemExamples() {
    }

    static Optional<Object> forStatus(String code) {
        return Optional.ofNullable(switch (code) {
            case "400" -> problem(400, "Invalid request", "The request has invalid fields.", Map.of("errors",
                    List.of(Map.of("field", "patient.email", "message", "must be a well-formed email address"))));
            case "401" -> problem(401, "Unauthorized", "A valid staff login is required.", Map.of());
            case "403" -> problem(403, "Forbidden", "Your role does not allow this.", Map.of());
            case "429" -> problem(429, "Too many requests",
                    "There have been too many bookings from this address. Please try again in about 6 minutes.", Map.of());
            default -> null;
        });
    }

    private static Map<String, Object> problem(int status, String title, String detail, Map<String, Object> more) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.putAll(more);
        return problem;
    }
}
