package org.clinic.content.condition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.clinic.content.editorial.RefuseUnknownFields;
import org.clinic.content.editorial.TextRules;

/** What creating a condition page sends ({@code POST}): its slug, fixed from then on, and its details. */
@RefuseUnknownFields
public record NewCondition(
        @NotBlank @Size(max = 120) @Pattern(regexp = TextRules.SLUG, message = TextRules.SLUG_MESSAGE) String slug,
        @NotBlank @Size(max = 200) @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        String name,
        @Size(max = 2000) @Pattern(regexp = TextRules.TEXT, message = TextRules.TEXT_MESSAGE) String summary,
        @Size(max = 30) List<@NotNull @Size(min = 1, max = 300) @Pattern(regexp = TextRules.ONE_LINE,
                message = TextRules.ONE_LINE_MESSAGE) String> symptoms,
        @Size(max = 30) List<@NotNull @Size(min = 1, max = 300) @Pattern(regexp = TextRules.ONE_LINE,
                message = TextRules.ONE_LINE_MESSAGE) String> treatments,
        UUID recommendedAppointmentTypeId) {

    public NewCondition {
        slug = slug == null ? null : slug.strip().toLowerCase(Locale.ROOT);
    }

    ConditionDetails details() {
        return new ConditionDetails(name, summary, symptoms, treatments, recommendedAppointmentTypeId);
    }
}
