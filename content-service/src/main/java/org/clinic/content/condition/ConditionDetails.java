package org.clinic.content.condition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clinic.content.editorial.RefuseUnknownFields;
import org.clinic.content.editorial.TextRules;

/**
 * What a save of a condition page sends ({@code PUT}). Its slug, the page's address, is fixed once created.
 *
 * @param symptoms                     one line each, in the order the page lists them
 * @param treatments                   likewise
 * @param recommendedAppointmentTypeId what the page's "Book" button preselects (booking-service's id), or null
 */
@RefuseUnknownFields
public record ConditionDetails(
        @NotBlank @Size(max = 200) @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        String name,
        @Size(max = 2000) @Pattern(regexp = TextRules.TEXT, message = TextRules.TEXT_MESSAGE) String summary,
        @Size(max = 30) List<@NotNull @Size(min = 1, max = 300) @Pattern(regexp = TextRules.ONE_LINE,
                message = TextRules.ONE_LINE_MESSAGE) String> symptoms,
        @Size(max = 30) List<@NotNull @Size(min = 1, max = 300) @Pattern(regexp = TextRules.ONE_LINE,
                message = TextRules.ONE_LINE_MESSAGE) String> treatments,
        UUID recommendedAppointmentTypeId) {

    public ConditionDetails {
        name = name == null ? null : name.strip();
        summary = summary == null ? "" : summary.strip();
        symptoms = symptoms == null ? List.of() : symptoms.stream().map(s -> s == null ? null : s.strip()).toList();
        treatments = treatments == null ? List.of()
                : treatments.stream().map(t -> t == null ? null : t.strip()).toList();
    }

    Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("summary", summary);
        fields.put("symptoms", symptoms);
        fields.put("treatments", treatments);
        fields.put("recommendedAppointmentTypeId", recommendedAppointmentTypeId);
        return fields;
    }
}
