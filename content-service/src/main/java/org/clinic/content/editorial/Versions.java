package org.clinic.content.editorial;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * The version an editor read and the one they change: the {@code ETag} of an editor's view is the stored version as
 * a strong tag ({@code "7"}), and a save sends it back as {@code If-Match}. Only that form is understood: {@code *}
 * ("whatever is there") is exactly the blind overwrite this exists to prevent.
 */
public final class Versions {

    private static final Pattern TAG = Pattern.compile("\"(\\d{1,9})\"");

    private Versions() {
    }

    public static String etag(int version) {
        return "\"" + version + "\"";
    }

    /** For saves of typed text: without the version a save could overwrite a colleague's work unseen (428). */
    public static int required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiProblemException(HttpStatus.PRECONDITION_REQUIRED, "Version required",
                    "Send the ETag you read as If-Match, so that this save cannot overwrite a change you have not seen.");
        }
        return parse(ifMatch);
    }

    /** For actions (publish, unpublish, restore, delete): checked when sent. */
    public static OptionalInt optional(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? OptionalInt.empty() : OptionalInt.of(parse(ifMatch));
    }

    private static int parse(String ifMatch) {
        Matcher tag = TAG.matcher(ifMatch.strip());
        if (!tag.matches()) {
            throw ApiProblemException.invalidField(HttpHeaders.IF_MATCH,
                    "must be the ETag this API sent, such as \"3\"");
        }
        return Integer.parseInt(tag.group(1));
    }
}
