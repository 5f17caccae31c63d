package org.clinic.content.authoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.clinic.content.editorial.RefuseUnknownFields;
import org.clinic.content.editorial.TextRules;

/**
 * What an editor sends to create ({@code POST}) or save ({@code PUT}) an article: every editable field, the body in
 * Markdown. Publishing is a separate action, so a save never changes whether the article is public.
 *
 * @param slug              the address ({@code /articles/{slug}}); optional: made from the title on create, kept on
 *                          save. A new slug keeps the old address working (301).
 * @param authorSlug        an existing author's slug
 * @param tags              topics, lower case; order does not matter
 * @param conditions        slugs of condition pages the article belongs to
 * @param appointmentTypeId what the article's "Book" button preselects (booking-service's id), or null
 */
@RefuseUnknownFields
public record ArticleDraft(
        @Size(max = 120) @Pattern(regexp = TextRules.SLUG, message = TextRules.SLUG_MESSAGE) String slug,
        @NotBlank @Size(max = 200) @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        String title,
        @Size(max = 1000) @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE) String summary,
        @NotNull @Size(max = MAX_BODY) @Pattern(regexp = TextRules.TEXT, message = TextRules.TEXT_MESSAGE)
        String bodyMarkdown,
        @NotBlank @Size(max = 120) String authorSlug,
        @Size(max = 20) List<@NotBlank @Size(max = 60) @Pattern(regexp = TextRules.SLUG,
                message = TextRules.SLUG_MESSAGE) String> tags,
        @Size(max = 20) List<@NotBlank @Size(max = 120) String> conditions,
        UUID appointmentTypeId) {

    /** Characters of Markdown; a long article is a few thousand words, well within, and within the gateway's 64 kB. */
    public static final int MAX_BODY = 60_000;

    /** Forgiving about case and stray spaces, since slugs and tags are typed; empty lists for missing ones. */
    public ArticleDraft {
        slug = slug == null || slug.isBlank() ? null : slug.strip().toLowerCase(Locale.ROOT);
        title = title == null ? null : title.strip();
        summary = summary == null ? "" : summary.strip();
        authorSlug = authorSlug == null ? null : authorSlug.strip().toLowerCase(Locale.ROOT);
        tags = tags == null ? List.of() : tags.stream()
                .map(tag -> tag == null ? null : tag.strip().toLowerCase(Locale.ROOT)).distinct().toList();
        conditions = conditions == null ? List.of() : conditions.stream()
                .map(condition -> condition == null ? null : condition.strip().toLowerCase(Locale.ROOT))
                .distinct().toList();
    }
}
