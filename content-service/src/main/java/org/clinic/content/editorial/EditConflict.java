package org.clinic.content.editorial;

import java.time.OffsetDateTime;
import java.util.List;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * The answer to a save based on a version that is no longer current: 409 with everything an editor needs to carry
 * on without losing a word. {@code current} is the stored item (its {@code version} is the If-Match for a new
 * attempt), {@code yours} echoes what was sent, {@code changedFields} says what differs, and {@code changedBy} and
 * {@code changedAt} who made the last change and when. The ETag header carries the current version too.
 *
 * <p>409 rather than HTTP's 412 for a failed If-Match: the contract (API.md) answers conflicts with 409, and a client
 * handles this one as a conflict to resolve, not as a malformed precondition.
 */
public final class EditConflict {

    private EditConflict() {
    }

    /**
     * @param what          "article", "author" or "condition", for the message
     * @param changedFields fields that differ, or null when that cannot be told
     * @param changes       the saves since the sender's version, oldest first (articles), or null
     * @param yours         what the sender tried to save, or null for an action without a body
     */
    public static ApiProblemException of(String what, int yourVersion, int currentVersion, String changedBy,
            OffsetDateTime changedAt, List<String> changedFields, List<?> changes, Object current, Object yours) {
        var problem = new ApiProblemException(HttpStatus.CONFLICT, "Changed by someone else",
                "This " + what + " was changed after you opened it: you had version " + yourVersion
                        + ", it is at version " + currentVersion + " now. Nothing was saved; what you sent is in"
                        + " \"yours\", the " + what + " as it stands in \"current\".")
                .with("yourVersion", yourVersion)
                .with("currentVersion", currentVersion)
                .with("changedBy", changedBy)
                .with("changedAt", changedAt)
                .with("changedFields", changedFields)
                .with("current", current);
        if (changes != null) {
            problem.with("changes", changes);
        }
        if (yours != null) {
            problem.with("yours", yours);
        }
        problem.getHeaders().set(HttpHeaders.ETAG, Versions.etag(currentVersion));
        return problem;
    }
}
