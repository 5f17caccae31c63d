package org.clinic.content.revision;

/** What made a new version of an article. */
public enum RevisionAction {
    /** The article as found before its first save through the API (written by SQL, e.g. the demo data). */
    IMPORTED,
    CREATED,
    EDITED,
    /** The words of an earlier revision brought back; {@code restoredFrom} names it. */
    RESTORED,
    SCHEDULED,
    PUBLISHED,
    UNPUBLISHED
}
