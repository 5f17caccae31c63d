package org.clinic.content.editor;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinic.content.authoring.ArticleDraft;
import org.clinic.platform.web.ApiProblemException;
import org.clinic.platform.web.ApiProblemException.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * The writing form's mistakes as sentences, keyed by the id of the field they belong to (the error summary links
 * there), in the order of the form. The same rules as the API's: the draft's own constraints, then what the use
 * cases find (an unknown author, a slug taken).
 */
@Component
class ArticleFormErrors {

    /** Field ids of the form, in its order, by the API's field names. */
    private static final Map<String, String> FIELD_IDS = Map.of("title", "title", "summary", "summary",
            "slug", "slug", "bodyMarkdown", "body", "authorSlug", "author", "tags", "tags",
            "conditions", "conditions", "appointmentTypeId", "appointment-type");
    private static final List<String> ORDER = List.of("title", "summary", "slug", "body", "author", "tags",
            "conditions", "appointment-type", "publish-at");
    private static final Map<String, String> LABELS = Map.of("title", "The title", "summary", "The description",
            "slug", "The address", "body", "The article", "author", "The author", "tags", "A tag",
            "conditions", "A condition", "appointment-type", "The appointment type");

    private final Validator validator;

    ArticleFormErrors(Validator validator) {
        this.validator = validator;
    }

    Map<String, String> of(ArticleForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<ArticleDraft> violation : validator.validate(form.draft())) {
            String field = violation.getPropertyPath().iterator().next().getName();
            String id = FIELD_IDS.getOrDefault(field, field);
            errors.putIfAbsent(id, sentence(id, violation));
        }
        if (!form.appointmentTypeOk()) {
            errors.putIfAbsent("appointment-type", "The appointment type is not one this clinic offers.");
        }
        return ordered(errors);
    }

    /** A use case's refusal (400 with field errors, or a taken slug) as field errors; empty when it has none. */
    @SuppressWarnings("unchecked")
    Map<String, String> of(ApiProblemException problem) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object> properties = problem.getBody().getProperties();
        if (properties != null && properties.get("errors") instanceof List<?> list) {
            for (FieldProblem p : (List<FieldProblem>) list) {
                // "conditions[2]" is one of the ticked conditions: the error belongs to the group.
                String field = p.field().replaceAll("\\[\\d+]$", "");
                String id = FIELD_IDS.getOrDefault(field, field);
                errors.putIfAbsent(id, switch (id) {
                    case "author" -> "Choose an author from the list; the one chosen no longer exists.";
                    case "conditions" -> "One of the ticked conditions no longer exists; tick them again.";
                    case "slug" -> "Another article has this address; choose another.";
                    default -> LABELS.getOrDefault(id, "This field") + ": " + p.message() + ".";
                });
            }
        }
        return ordered(errors);
    }

    private static String sentence(String id, ConstraintViolation<?> violation) {
        String label = LABELS.getOrDefault(id, "This field");
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        Object max = violation.getConstraintDescriptor().getAttributes().get("max");
        if (violation.getInvalidValue() instanceof List<?>) {
            return "At most " + max + " " + (id.equals("tags") ? "tags" : "conditions") + ", please.";
        }
        return switch (constraint) {
            case "NotBlank", "NotNull" -> label + " is needed.";
            case "Size" -> label + " is too long: at most " + max + " characters.";
            case "Pattern" -> switch (id) {
                case "slug" -> "The address may have lower-case letters, digits and single hyphens only, such as"
                        + " knee-pain-on-stairs.";
                case "tags" -> "Tags may have lower-case letters, digits and hyphens only, such as back-pain.";
                default -> label + " has a character that cannot be stored (a control character).";
            };
            default -> label + " " + violation.getMessage() + ".";
        };
    }

    private static Map<String, String> ordered(Map<String, String> errors) {
        Map<String, String> ordered = new LinkedHashMap<>();
        ORDER.forEach(id -> {
            if (errors.containsKey(id)) {
                ordered.put(id, errors.get(id));
            }
        });
        errors.forEach(ordered::putIfAbsent);
        return ordered;
    }
}
