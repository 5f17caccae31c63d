package org.clinic.content.editor;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clinic.content.ContentProperties;
import org.clinic.content.revision.Revision;
import org.clinic.content.revision.RevisionSummary;
import org.springframework.stereotype.Component;

/**
 * How the history pages word a revision: its fields under the names editors know from the edit form (the API's
 * names, such as {@code authorSlug}, mean nothing on a page), values as text, and times in the clinic's zone
 * as on the other editor pages (EditorTimes). Templates call it as {@code ${fields.when(r.savedAt)}}.
 */
@Component
public class RevisionFields {

    /** The fields a revision keeps besides its body, by their API names, in the order the pages list them. */
    private static final Map<String, String> LABELS = Map.of(
            "title", "Title", "summary", "Description", "slug", "Address", "authorSlug", "Author", "tags", "Tags",
            "conditions", "Conditions", "appointmentTypeId", "Appointment type to book", "status", "Status",
            "publishAt", "Publication time", "bodyMarkdown", "Article");
    private static final List<String> ORDER = List.of("title", "summary", "slug", "authorSlug", "tags", "conditions",
            "appointmentTypeId", "status", "publishAt");

    private final EditorTimes times;
    private final ZoneId zone;

    RevisionFields(EditorTimes times, ContentProperties properties) {
        this.times = times;
        this.zone = properties.timeZone();
    }

    /** A field as a page shows it. */
    public record Row(String label, String value) {
    }

    /** Every field of a revision but its body, which the pages show on its own. */
    public List<Row> of(Revision revision) {
        Map<String, Object> values = new HashMap<>();
        values.put("title", revision.title());
        values.put("summary", revision.summary());
        values.put("slug", revision.slug());
        values.put("authorSlug", revision.authorSlug());
        values.put("tags", revision.tags());
        values.put("conditions", revision.conditions());
        values.put("appointmentTypeId", revision.appointmentTypeId());
        values.put("status", revision.status());
        values.put("publishAt", revision.publishAt());
        return ORDER.stream().map(field -> new Row(label(field), text(field, values.get(field)))).toList();
    }

    /** An article field's name as the editor's pages call it, by its API name ("bodyMarkdown" is "Article"). */
    public String label(String field) {
        return LABELS.getOrDefault(field, field);
    }

    /** A field's value as words: lists joined, times in the clinic's zone, a state as a word, nothing as "none". */
    public String text(String field, Object value) {
        if (value == null || value instanceof Collection<?> list && list.isEmpty()
                || value instanceof String s && s.isBlank()) {
            return "none";
        }
        if (value instanceof Collection<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        if (value instanceof OffsetDateTime instant) {
            return when(instant);
        }
        if (field.equals("status")) {
            return status(String.valueOf(value));
        }
        return String.valueOf(value);
    }

    /** DRAFT as "Draft". */
    public String status(String status) {
        return status.charAt(0) + status.substring(1).toLowerCase(Locale.ROOT);
    }

    public String when(OffsetDateTime instant) {
        return times.shown(instant);
    }

    /** For {@code <time datetime>}: the instant with its offset, as machines read it. */
    public String iso(OffsetDateTime instant) {
        return instant == null ? "" : instant.atZoneSameInstant(zone).toOffsetDateTime().toString();
    }

    /** What made a revision, in a few words. */
    public String action(RevisionSummary revision) {
        return switch (revision.action()) {
            case IMPORTED -> "Found before the first save";
            case CREATED -> "Created";
            case EDITED -> "Edited";
            case RESTORED -> "Restored version " + revision.restoredFrom();
            case SCHEDULED -> "Scheduled";
            case PUBLISHED -> "Published";
            case UNPUBLISHED -> "Unpublished";
        };
    }
}
