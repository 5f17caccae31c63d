package org.clinic.content.editor;

import jakarta.validation.Validator;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.clinic.platform.web.ApiProblemException;
import org.clinic.platform.web.PageRedirects;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * The writing page's course, for the smaller things editors keep (authors, condition pages): a post is checked by
 * the API's own rules (the form again as typed, 400, on a mistake), stored, and answered 303 to the item's page with
 * a notice. A refusal by the store shows the form again as typed: field errors (a slug taken), or, over a colleague's
 * newer version, 409 with who changed which fields and their values of them (no history is kept for these items, so
 * the page shows what saving again would replace); the form then carries that newer version.
 *
 * @param <T> the item as stored
 * @param <F> its form as posted
 */
abstract class ItemEditPages<T, F extends ItemEditPages.Form<T, F>> {

    /** A form as posted: the version it was opened at ({@code null} for a new item). */
    interface Form<T, F> {

        Integer version();

        /** The version to save over: none matches -1, so a form without one gets the conflict, not a blind save. */
        default int openedAt() {
            return version() == null ? -1 : version();
        }

        /** What was typed, to be saved over {@code current} knowingly; hidden fields (nobody typed them) follow it. */
        F over(T current);

        /** A textarea's line breaks as the API stores them (browsers send CRLF). */
        static String text(String typed) {
            return typed == null ? null : typed.replace("\r\n", "\n");
        }
    }

    /** Who saved the newer version, when, and their value of each field where it differs from the form. */
    record Conflict(String changedBy, String changedAt, int theirVersion, List<Change> changes) {

        /**
         * @param field  as a sentence names it: "the bio"
         * @param theirs their value, null for a field the form does not show
         */
        record Change(String field, String theirs) {
        }

        public String fieldList() {
            return String.join(", ", changes.stream().map(Change::field).toList());
        }

        /** The changes whose value the page can show. */
        public List<Change> shown() {
            return changes.stream().filter(change -> change.theirs() != null).toList();
        }
    }

    private final Class<T> type;
    private final FieldErrors fields;
    private final Validator validator;
    private final EditorTimes times;

    ItemEditPages(Class<T> type, FieldErrors fields, Validator validator, EditorTimes times) {
        this.type = type;
        this.fields = fields;
        this.validator = validator;
        this.times = times;
    }

    /** The page with the form: for {@code item}, or a new one when null; the form as stored or as typed. */
    abstract ModelAndView page(T item, F form);

    /** The address of the item's page. */
    abstract String path(T item);

    /** The item's value of an API field as the conflict shows it; null for one the form does not show. */
    abstract String value(T item, String field);

    /** What the page says once a new item is stored. */
    abstract String createdNotice();

    /** The mistakes in what the form makes (a new item or its details), by the API's constraints on it. */
    Map<String, String> errors(Object made) {
        return fields.of(validator.validate(made));
    }

    /** Stores the form ({@code item} null: as a new one) unless {@code errors}, and redirects to the item's page. */
    ModelAndView stored(T item, F form, Map<String, String> errors, Supplier<T> store) {
        if (!errors.isEmpty()) {
            return refused(item, form, errors, HttpStatus.BAD_REQUEST);
        }
        T saved;
        try {
            saved = store.get();
        } catch (ApiProblemException problem) {
            return refused(item, form, problem);
        }
        return PageRedirects.seeOther(path(saved) + "?done=" + (item == null ? "created" : "saved"));
    }

    /** The item's page after a redirect, with the notice {@code done} asks for (none for an unknown one). */
    ModelAndView shown(T item, F form, String done) {
        String notice = "created".equals(done) ? createdNotice() : "saved".equals(done) ? "Saved." : null;
        return page(item, form).addObject("notice", notice);
    }

    /** "Fri 27 Nov 2026, 4:05 PM by ana": the item's last change, for its page. */
    String changed(OffsetDateTime at, String by) {
        return times.shown(at) + (by == null ? "" : " by " + by);
    }

    private ModelAndView refused(T item, F form, Map<String, String> errors, HttpStatus status) {
        ModelAndView page = page(item, form).addObject("errors", errors);
        page.setStatus(status);
        return page;
    }

    private ModelAndView refused(T item, F form, ApiProblemException problem) {
        HttpStatus status = HttpStatus.valueOf(problem.getStatusCode().value());
        Map<String, Object> details = problem.getBody().getProperties() == null ? Map.of()
                : problem.getBody().getProperties();
        if (status == HttpStatus.NOT_FOUND) {
            throw problem;
        }
        if (type.isInstance(details.get("current"))) {
            T current = type.cast(details.get("current"));
            ModelAndView page = page(current, form.over(current)).addObject("conflict", conflict(details, current));
            page.setStatus(HttpStatus.CONFLICT);
            return page;
        }
        Map<String, String> errors = fields.of(problem);
        return refused(item, form, errors, status)
                .addObject("problem", errors.isEmpty() ? problem.getBody().getDetail() : null);
    }

    private Conflict conflict(Map<String, Object> details, T current) {
        List<Conflict.Change> changes = details.get("changedFields") instanceof List<?> names
                ? names.stream().map(String::valueOf)
                        .map(name -> new Conflict.Change(fields.called(name), value(current, name))).toList()
                : List.of();
        Object at = details.get("changedAt");
        return new Conflict(details.get("changedBy") instanceof String who ? who : "someone",
                at instanceof OffsetDateTime time ? times.shown(time) : "",
                details.get("currentVersion") instanceof Integer version ? version : 0, changes);
    }
}
