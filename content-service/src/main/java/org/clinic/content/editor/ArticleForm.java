package org.clinic.content.editor;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.clinic.content.authoring.ArticleDraft;
import org.clinic.content.authoring.EditorArticle;

/**
 * The writing page's form as posted: the article's fields as typed (tags as one comma-separated line), the version
 * the editor opened ({@code null} for a new article), a {@code publishAt} in clinic time for scheduling, and which
 * button was pressed ({@code intent}). Kept as typed, so a refused save shows the editor exactly what they wrote.
 */
record ArticleForm(String title, String summary, String slug, String bodyMarkdown, String authorSlug, String tags,
        List<String> conditions, String appointmentTypeId, Integer version, String publishAt, String intent) {

    ArticleForm {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    static ArticleForm blank(String authorSlug) {
        return new ArticleForm("", "", "", "", authorSlug, "", List.of(), "", null, "", null);
    }

    static ArticleForm of(EditorArticle article, String publishAtField) {
        return new ArticleForm(article.title(), article.summary(), article.slug(), article.bodyMarkdown(),
                article.author().slug(), String.join(", ", article.tags()), article.conditions(),
                article.appointmentTypeId() == null ? "" : article.appointmentTypeId().toString(), article.version(),
                publishAtField, null);
    }

    /** The same form answering a newer version: what the editor typed, to be saved over that version knowingly. */
    ArticleForm atVersion(int newer) {
        return new ArticleForm(title, summary, slug, bodyMarkdown, authorSlug, tags, conditions, appointmentTypeId, newer,
                publishAt, intent);
    }

    /** What the writing use cases take; a malformed appointment type id is reported by {@link #appointmentTypeOk}. */
    ArticleDraft draft() {
        // Typed as words ("Back pain"), stored as the site's tags ("back-pain").
        List<String> tagList = tags == null || tags.isBlank() ? List.of()
                : Arrays.stream(tags.split(","))
                        .map(tag -> tag.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-"))
                        .filter(tag -> !tag.isEmpty()).toList();
        return new ArticleDraft(slug, oneLine(title), oneLine(summary),
                bodyMarkdown == null ? null : bodyMarkdown.replace("\r\n", "\n"), authorSlug, tagList, conditions,
                appointmentTypeOk() ? appointmentType() : null);
    }

    /** The description box wraps like a paragraph; a line break typed or pasted into it is a space. */
    private static String oneLine(String text) {
        return text == null ? null : text.replaceAll("[\\r\\n\\t]+", " ");
    }

    boolean appointmentTypeOk() {
        try {
            appointmentType();
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private UUID appointmentType() {
        return appointmentTypeId == null || appointmentTypeId.isBlank() ? null : UUID.fromString(appointmentTypeId.strip());
    }

    String intentOr(String fallback) {
        return intent == null || intent.isBlank() ? fallback : intent;
    }
}
