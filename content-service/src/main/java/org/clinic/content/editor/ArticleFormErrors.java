package org.clinic.content.editor;

import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.clinic.content.editor.FieldErrors.Field;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.stereotype.Component;

/**
 * The writing form's mistakes as sentences, in the order of the form. The same rules as the API's: the draft's own
 * constraints, then what the use cases find (an unknown author, a slug taken).
 */
@Component
class ArticleFormErrors {

    private static final FieldErrors FIELDS = new FieldErrors(Field.one("title", "title", "The title"),
            Field.one("summary", "summary", "The description"),
            Field.one("slug", "slug", "The address").whenPattern("The address may have lower-case letters, digits"
                    + " and single hyphens only, such as knee-pain-on-stairs.")
                    .whenRefused("Another article has this address; choose another."),
            Field.one("bodyMarkdown", "body", "The article"),
            Field.one("authorSlug", "author", "The author")
                    .whenRefused("Choose an author from the list; the one chosen no longer exists."),
            Field.list("tags", "tags", "A tag", "tags")
                    .whenPattern("Tags may have lower-case letters, digits and hyphens only, such as back-pain."),
            Field.list("conditions", "conditions", "A condition", "conditions")
                    .whenRefused("One of the ticked conditions no longer exists; tick them again."),
            Field.one("appointmentTypeId", "appointment-type", "The appointment type"),
            Field.one("publishAt", "publish-at", "The publication time"));

    private final Validator validator;

    ArticleFormErrors(Validator validator) {
        this.validator = validator;
    }

    Map<String, String> of(ArticleForm form) {
        Map<String, String> errors = new LinkedHashMap<>(FIELDS.of(validator.validate(form.draft())));
        if (!form.appointmentTypeOk()) {
            errors.putIfAbsent("appointment-type", "The appointment type is not one this clinic offers.");
        }
        return FIELDS.ordered(errors);
    }

    /** A use case's refusal (400 with field errors, or a taken slug) as field errors; empty when it has none. */
    Map<String, String> of(ApiProblemException problem) {
        return FIELDS.of(problem);
    }
}
