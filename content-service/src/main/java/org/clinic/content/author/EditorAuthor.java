package org.clinic.content.author;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** An author as editors see and change it; {@code version} is the ETag to send back as If-Match. */
public record EditorAuthor(String slug, String name, String credentials, String bio, OffsetDateTime updatedAt,
        String updatedBy, int version) {

    Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("credentials", credentials);
        fields.put("bio", bio);
        return fields;
    }
}
