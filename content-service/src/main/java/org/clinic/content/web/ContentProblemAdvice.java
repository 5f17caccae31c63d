package org.clinic.content.web;

import java.util.List;
import org.clinic.platform.web.ApiProblemAdvice;
import org.clinic.platform.web.ApiProblemException;
import org.clinic.platform.web.ApiProblemException.FieldProblem;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** The content service's one error advice; the shared base does the rest. */
// Only the JSON API: page controllers' failures go to the error pages in the site's look.
@RestControllerAdvice(annotations = RestController.class)
class ContentProblemAdvice extends ApiProblemAdvice {

    private final JsonBodyLimit bodyLimit;

    ContentProblemAdvice(JsonBodyLimit bodyLimit) {
        this.bodyLimit = bodyLimit;
    }

    /**
     * {@code ?size=abc}: the default answer is a bare 400 whose detail names Java types; clients get the
     * same field list as for other invalid parameters instead.
     */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        return invalid(headers, new FieldProblem(field, "must be a whole number"));
    }

    /**
     * A body that outgrew the limit is a 413. JSON that parsed as far as a field names that field, as validation
     * errors do: an editor's 1 MB title, a number where text belongs, and a field this request does not have. The
     * last is refused rather than skipped because a misspelt field ("body" for "bodyMarkdown") would otherwise
     * drop an editor's text without a word.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonBodyLimit.TooLarge) {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                        bodyLimit.detail());
                problem.setTitle("Content Too Large");
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).headers(headers).body(problem);
            }
            if (cause instanceof JacksonException json && namesAField(json)) {
                return invalid(headers, new FieldProblem(field(json), message(json)));
            }
        }
        return super.handleHttpMessageNotReadable(ex, headers, status, request);
    }

    /** A field that could not be taken as it came; a syntax error is about the whole body ("Malformed request"). */
    private static boolean namesAField(JacksonException json) {
        return !json.getPath().isEmpty() && (json instanceof MismatchedInputException
                || json instanceof StreamConstraintsException);
    }

    private static String field(JacksonException json) {
        var path = new StringBuilder();
        for (JacksonException.Reference reference : json.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String message(JacksonException json) {
        if (json instanceof UnrecognizedPropertyException) {
            return "is not a field of this request";
        }
        if (json instanceof StreamConstraintsException) {
            return "is too long";
        }
        return "has the wrong type or format";
    }

    private static ResponseEntity<Object> invalid(HttpHeaders headers, FieldProblem problem) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields.");
        body.setTitle("Invalid request");
        body.setProperty("errors", List.of(problem));
        return ResponseEntity.badRequest().headers(headers).body(body);
    }
}
