package org.clinic.content.author;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.clinic.content.editorial.RefuseUnknownFields;
import org.clinic.content.editorial.TextRules;

/** What creating an author sends ({@code POST}): its slug, fixed from then on, and its details. */
@RefuseUnknownFields
public record NewAuthor(
        @NotBlank @Size(max = 120) @Pattern(regexp = TextRules.SLUG, message = TextRules.SLUG_MESSAGE) String slug,
        @NotBlank @Size(max = 200) @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        String name,
        @Size(max = 100) @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        String credentials,
        @Size(max = 2000) @Pattern(regexp = TextRules.TEXT, message = TextRules.TEXT_MESSAGE) String bio) {

    public NewAuthor {
        slug = slug == null ? null : slug.strip().toLowerCase(Locale.ROOT);
    }

    AuthorDetails details() {
        return new AuthorDetails(name, credentials, bio);
    }
}
