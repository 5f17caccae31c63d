package org.clinic.content.image;

import java.util.List;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.http.HttpStatus;

/**
 * An upload that is not stored, and why, as a problem for the API and a message beside the form field for the
 * editor's page ({@link #field()} names it: {@code file} or {@code altText}).
 */
class ImageRefused extends ApiProblemException {

    private final String field;
    private final String reason;

    private ImageRefused(HttpStatus status, String title, String field, String reason) {
        super(status, title, reason);
        this.field = field;
        this.reason = reason;
        with("errors", List.of(new FieldProblem(field, reason)));
    }

    static ImageRefused invalid(String field, String reason) {
        return new ImageRefused(HttpStatus.BAD_REQUEST, "Invalid request", field, reason);
    }

    static ImageRefused tooLarge(String reason) {
        return new ImageRefused(HttpStatus.CONTENT_TOO_LARGE, "Content Too Large", "file", reason);
    }

    static ImageRefused notAnImage() {
        return new ImageRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type", "file",
                "The file is not a PNG, JPEG or WebP image.");
    }

    static ImageRefused unreadable(String reason) {
        return new ImageRefused(HttpStatus.UNPROCESSABLE_CONTENT, "Unreadable image", "file", reason);
    }

    String field() {
        return field;
    }

    String reason() {
        return reason;
    }
}
