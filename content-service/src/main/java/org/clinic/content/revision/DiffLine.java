package org.clinic.content.revision;

/**
 * One line of a compared Markdown body.
 *
 * @param revisionLine its number in the older revision (from 1), null for an added line
 * @param currentLine  its number in the current text (from 1), null for a removed line
 */
public record DiffLine(Change change, Integer revisionLine, Integer currentLine, String text) {

    public enum Change {
        UNCHANGED, REMOVED, ADDED
    }
}
