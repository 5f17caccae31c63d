package org.clinic.content.condition;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A condition page as editors see and change it; {@code version} is the ETag to send back as If-Match. */
public record EditorCondition(String slug, String name, String summary, List<String> symptoms, List<String> treatments,
        UUID recommendedAppointmentTypeId, OffsetDateTime updatedAt, String updatedBy, int version) {

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
