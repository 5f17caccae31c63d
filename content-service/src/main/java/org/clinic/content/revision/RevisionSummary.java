package org.clinic.content.revision;

import java.time.OffsetDateTime;

/** A line of an article's history. */
public record RevisionSummary(int version, RevisionAction action, Integer restoredFrom, String savedBy,
        OffsetDateTime savedAt, String title, String status) {
}
