package org.clinic.content.revision;

import java.util.List;
import java.util.Map;

/**
 * An older revision against the article as it stands: which fields differ, the old and new value of each (the body
 * as a line diff instead), so an editor can decide whether to restore it.
 */
public record RevisionComparison(RevisionSummary revision, RevisionSummary current, List<String> changedFields,
        List<FieldChange> fields, List<DiffLine> bodyDiff) {

    public record FieldChange(String field, Object revision, Object current) {
    }

    public static RevisionComparison of(Revision older, Revision current) {
        List<String> changed = Revision.changedFields(older, current);
        Map<String, Object> before = older.fields();
        Map<String, Object> after = current.fields();
        List<FieldChange> fields = changed.stream().filter(field -> !field.equals("bodyMarkdown"))
                .map(field -> new FieldChange(field, before.get(field), after.get(field))).toList();
        return new RevisionComparison(older.toSummary(), current.toSummary(), changed, fields,
                MarkdownDiff.lines(older.bodyMarkdown(), current.bodyMarkdown()));
    }
}
