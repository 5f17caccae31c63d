package org.clinic.content.editor;

import jakarta.validation.ConstraintViolation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinic.platform.web.ApiProblemException;
import org.clinic.platform.web.ApiProblemException.FieldProblem;

/**
 * One editor form's mistakes as sentences, keyed by the id of the field they belong to (the error summary links
 * there), in the order of the form. They come from the API's own rules (bean validation of what the form makes) and
 * from a use case's refusal (field errors such as a taken slug), so the pages refuse exactly what the API refuses.
 */
final class FieldErrors {

    /**
     * @param name      the field as the API names it
     * @param id        the id of its input on the page
     * @param label     how a sentence about it starts ("The title", "A tag")
     * @param many      what a list field holds, for "At most 30 symptoms, please."; null for a single value
     * @param onPattern the sentence for a value of the wrong form (a slug with a space); null: a control character
     * @param onRefusal the sentence for a use case's refusal of it (a slug taken); null: the use case's own words
     */
    record Field(String name, String id, String label, String many, String onPattern, String onRefusal) {

        static Field one(String name, String id, String label) {
            return new Field(name, id, label, null, null, null);
        }

        static Field list(String name, String id, String label, String many) {
            return new Field(name, id, label, many, null, null);
        }

        Field whenPattern(String sentence) {
            return new Field(name, id, label, many, sentence, onRefusal);
        }

        Field whenRefused(String sentence) {
            return new Field(name, id, label, many, onPattern, sentence);
        }
    }

    private final List<Field> fields;

    /** The form's fields in the order the page shows them. */
    FieldErrors(Field... fields) {
        this.fields = List.of(fields);
    }

    Map<String, String> of(Set<? extends ConstraintViolation<?>> violations) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<?> violation : violations) {
            Field field = field(violation.getPropertyPath().iterator().next().getName());
            errors.putIfAbsent(field.id(), sentence(field, violation));
        }
        return ordered(errors);
    }

    /**
     * A use case's refusal (400 with field errors, or a taken slug) as field errors; empty when it has none. The API
     * names an entry of a list by its index ("conditions[2]"): the error belongs to the whole field.
     */
    @SuppressWarnings("unchecked")
    Map<String, String> of(ApiProblemException problem) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object> properties = problem.getBody().getProperties();
        if (properties != null && properties.get("errors") instanceof List<?> list) {
            for (FieldProblem p : (List<FieldProblem>) list) {
                Field field = field(p.field().replaceAll("\\[\\d+]$", ""));
                errors.putIfAbsent(field.id(), field.onRefusal() != null ? field.onRefusal()
                        : field.label() + ": " + p.message() + ".");
            }
        }
        return ordered(errors);
    }

    /** The errors in the form's order; those of fields it does not name last. */
    Map<String, String> ordered(Map<String, String> errors) {
        Map<String, String> ordered = new LinkedHashMap<>();
        fields.forEach(field -> {
            if (errors.containsKey(field.id())) {
                ordered.put(field.id(), errors.get(field.id()));
            }
        });
        errors.forEach(ordered::putIfAbsent);
        return ordered;
    }

    /** The field as a sentence names it ("the bio", "the symptoms"), for "they changed ...". */
    String called(String name) {
        Field field = field(name);
        return field.many() != null ? "the " + field.many()
                : Character.toLowerCase(field.label().charAt(0)) + field.label().substring(1);
    }

    private Field field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseGet(() -> Field.one(name, name, "This field"));
    }

    private static String sentence(Field field, ConstraintViolation<?> violation) {
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        Object max = violation.getConstraintDescriptor().getAttributes().get("max");
        if (violation.getInvalidValue() instanceof List<?>) {
            return "At most " + max + " " + (field.many() == null ? "entries" : field.many()) + ", please.";
        }
        return switch (constraint) {
            case "NotBlank", "NotNull" -> field.label() + " is needed.";
            case "Size" -> field.label() + " is too long: at most " + max + " characters.";
            case "Pattern" -> field.onPattern() != null ? field.onPattern()
                    : field.label() + " has a character that cannot be stored (a control character).";
            default -> field.label() + " " + violation.getMessage() + ".";
        };
    }
}
