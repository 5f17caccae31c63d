package org.clinic.content.revision;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One version of an article as an editor reads it: the fields named as in the article's request body (author and
 * conditions by slug), and who saved it when.
 */
public record Revision(int version, RevisionAction action, Integer restoredFrom, String savedBy,
        OffsetDateTime savedAt, String slug, String title, String summary, String bodyMarkdown, String authorSlug,
        List<String> tags, List<String> conditions, UUID appointmentTypeId, String status, OffsetDateTime publishAt) {

    /** The fields an editor can tell apart, by their names in the API, in the order a page shows them. */
    Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("slug", slug);
        fields.put("title", title);
        fields.put("summary", summary);
        fields.put("bodyMarkdown", bodyMarkdown);
        fields.put("authorSlug", authorSlug);
        fields.put("tags", tags);
        fields.put("conditions", conditions);
        fields.put("appointmentTypeId", appointmentTypeId);
        fields.put("status", status);
        fields.put("publishAt", publishAt);
        return fields;
    }

    /** The names of the fields whose values differ between two revisions. */
    public static List<String> changedFields(Revision from, Revision to) {
        Map<String, Object> after = to.fields();
        return from.fields().entrySet().stream()
                .filter(field -> !Objects.equals(comparable(field.getValue()), comparable(after.get(field.getKey()))))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The same moment read back in another offset is no change. */
    private static Object comparable(Object value) {
        return value instanceof OffsetDateTime instant ? instant.toInstant() : value;
    }

    public RevisionSummary toSummary() {
        return new RevisionSummary(version, action, restoredFrom, savedBy, savedAt, title, status);
    }
}
