package org.clinic.content.author;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.clinic.content.editorial.RefuseUnknownFields;
import org.clinic.content.editorial.TextRules;

/**
 * What a save of an author sends ({@code PUT}); the slug is fixed once created, so it is not among the fields.
 *
 * @param credentials as shown after the name, e.g. "DPT, OCS"
 */
@RefuseUnknownFields
public record AuthorDetails(
        @NotBlank @Size(max = 200) @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        String name,
        @Size(max = 100) @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        String credentials,
        @Size(max = 2000) @Pattern(regexp = TextRules.TEXT, message = TextRules.TEXT_MESSAGE) String bio) {

    public AuthorDetails {
        name = name == null ? null : name.strip();
        credentials = credentials == null ? "" : credentials.strip();
        bio = bio == null ? "" : bio.strip();
    }

    Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("credentials", credentials);
        fields.put("bio", bio);
        return fields;
    }
}
