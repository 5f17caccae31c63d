package org.clinic.booking.desk.hours;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.clinic.platform.web.ApiProblemException;
import org.clinic.platform.web.ApiProblemException.FieldProblem;

/**
 * Field errors of a form, in the order of the form, keyed by the id of the field they belong to (the error summary
 * links there). The use cases report API field names; each form says which of its fields those are.
 */
final class FormErrors {

    private FormErrors() {
    }

    /** The use case's 400 as field ids and messages; {@code map} names the form's field and words the message. */
    @SuppressWarnings("unchecked")
    static Map<String, String> of(ApiProblemException problem, Function<FieldProblem, Map.Entry<String, String>> map) {
        Map<String, String> errors = new LinkedHashMap<>();
        Object reported = problem.getBody().getProperties() == null ? null
                : problem.getBody().getProperties().get("errors");
        if (reported instanceof List<?> list) {
            for (FieldProblem p : (List<FieldProblem>) list) {
                Map.Entry<String, String> error = map.apply(p);
                errors.putIfAbsent(error.getKey(), error.getValue());
            }
        }
        return errors;
    }

    static boolean isInvalidInput(ApiProblemException problem) {
        return problem.getStatusCode().value() == 400;
    }

    /** The use cases' terse API messages as sentences: "must be after start" → "End must be after the start." */
    static String sentence(String label, String message) {
        String text = message.replace("after start", "after the start").replace("before from", "before the first day");
        return text.startsWith("must") || text.startsWith("may")
                ? label + " " + text + "."
                : Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }
}
