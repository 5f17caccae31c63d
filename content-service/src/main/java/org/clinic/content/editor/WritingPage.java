package org.clinic.content.editor;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clinic.content.author.Authors;
import org.clinic.content.author.EditorAuthor;
import org.clinic.content.authoring.EditorArticle;
import org.clinic.content.bookings.ArticleBookingFigures;
import org.clinic.content.bookings.ArticleBookings;
import org.clinic.content.condition.Conditions;
import org.clinic.content.markdown.SafeMarkdown;
import org.clinic.content.revision.DiffLine;
import org.clinic.content.revision.MarkdownDiff;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The writing page's model: the form (as stored, or as typed when refused), the preview of its body, the choices
 * (authors, conditions), the article's state and booking figures, and what went wrong if something did.
 */
@Component
class WritingPage {

    /** Roughly what search results show of a title and a description before cutting them off. */
    static final int TITLE_HINT = 60;
    static final int DESCRIPTION_HINT = 155;

    /**
     * A save over a newer version: who changed the article when, which fields, and their body against the one
     * typed here (lines only theirs are "removed" by saving again, lines only yours "added").
     */
    record Conflict(String changedBy, String changedAt, int theirVersion, List<String> changedFields,
            List<DiffLine> bodyDiff) {
    }

    private final Authors authors;
    private final Conditions conditions;
    private final ArticleBookings bookings;
    private final SafeMarkdown markdown;
    private final ArticleFormErrors formErrors;
    private final RevisionFields fieldNames;
    private final EditorTimes times;
    private final Clock clock;

    WritingPage(Authors authors, Conditions conditions, ArticleBookings bookings, SafeMarkdown markdown,
            ArticleFormErrors formErrors, RevisionFields fieldNames, EditorTimes times, Clock clock) {
        this.formErrors = formErrors;
        this.fieldNames = fieldNames;
        this.authors = authors;
        this.conditions = conditions;
        this.bookings = bookings;
        this.markdown = markdown;
        this.times = times;
        this.clock = clock;
    }

    /** The first author, for a new article's select (an editor mostly writes as the same clinician). */
    String defaultAuthor() {
        return authors.all().stream().findFirst().map(EditorAuthor::slug).orElse("");
    }

    ArticleForm formOf(EditorArticle article) {
        return ArticleForm.of(article, times.field(article.publishAt()));
    }

    ModelAndView of(EditorArticle article, ArticleForm form) {
        ModelAndView page = new ModelAndView("editor/edit")
                .addObject("article", article)
                .addObject("form", form)
                .addObject("errors", Map.of())
                .addObject("preview", markdown.toHtml(form.bodyMarkdown() == null ? "" : form.bodyMarkdown()))
                .addObject("authors", authors.all())
                .addObject("conditions", conditions.listings())
                .addObject("titleHint", TITLE_HINT)
                .addObject("descriptionHint", DESCRIPTION_HINT)
                .addObject("zoneName", times.zoneName())
                .addObject("action", article == null ? ArticleEditPages.NEW
                        : ArticleEditPages.editPath(article.slug()));
        if (article != null) {
            page.addObject("state", state(article))
                    .addObject("changed", times.shown(article.updatedAt())
                            + (article.updatedBy() == null ? "" : " by " + article.updatedBy()))
                    .addObject("figures", figures(article));
        }
        return page;
    }

    ModelAndView refused(EditorArticle article, ArticleForm form, Map<String, String> errors, HttpStatus status) {
        ModelAndView page = of(article, form).addObject("errors", errors);
        page.setStatus(status);
        return page;
    }

    /** A use case's refusal: a newer version (the conflict), field errors, or a reason to show above the form. */
    ModelAndView problem(EditorArticle article, ArticleForm form, ApiProblemException problem) {
        Map<String, Object> details = problem.getBody().getProperties() == null ? Map.of()
                : problem.getBody().getProperties();
        HttpStatus status = HttpStatus.valueOf(problem.getStatusCode().value());
        if (status == HttpStatus.NOT_FOUND) {
            throw problem;
        }
        if (details.get("current") instanceof EditorArticle current) {
            ModelAndView page = of(current, form.atVersion(current.version())).addObject("conflict", conflict(details,
                    current, form));
            page.setStatus(HttpStatus.CONFLICT);
            return page;
        }
        return refused(article, form, Map.of(), status).addObject("errors", formErrors.of(problem))
                .addObject("problem", details.containsKey("errors") ? null : problem.getBody().getDetail());
    }

    private Conflict conflict(Map<String, Object> details, EditorArticle current, ArticleForm yours) {
        Object changedAt = details.get("changedAt");
        @SuppressWarnings("unchecked")
        List<String> fields = details.get("changedFields") instanceof List<?> list ? (List<String>) list : List.of();
        String yourBody = yours.bodyMarkdown() == null ? "" : yours.bodyMarkdown().replace("\r\n", "\n");
        return new Conflict(String.valueOf(details.getOrDefault("changedBy", "someone")),
                changedAt instanceof OffsetDateTime at ? times.shown(at) : "",
                current.version(), fields.stream()
                        .map(field -> "the " + fieldNames.label(field).toLowerCase(Locale.ROOT)).toList(),
                MarkdownDiff.lines(current.bodyMarkdown(), yourBody));
    }

    private ArticleBookingFigures figures(EditorArticle article) {
        return bookings.figuresOfArticleAt(article.slug(), clock.instant()).orElseThrow();
    }

    private String state(EditorArticle article) {
        return switch (article.status()) {
            case "PUBLISHED" -> "Published" + (article.publishedAt() == null ? ""
                    : " since " + times.shown(article.publishedAt()));
            case "SCHEDULED" -> "Scheduled for " + times.shown(article.publishAt());
            default -> "Not on the site yet";
        };
    }
}
