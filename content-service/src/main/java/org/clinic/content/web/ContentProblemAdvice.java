package org.clinic.content.web;

import java.util.List;
import org.clinic.platform.web.ApiProblemAdvice;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The content service's one error advice; the shared base does the rest. */
// Only the JSON API: page controllers' failures go to the error pages in the site's look.
@RestControllerAdvice(annotations = RestController.class)
class ContentProblemAdvice extends ApiProblemAdvice {

    /**
     * {@code ?size=abc}: the default answer is a bare 400 whose detail names Java types; clients get the
     * same field list as for other invalid parameters instead.
     */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request has invalid fields.");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(new ApiProblemException.FieldProblem(field, "must be a whole number")));
        return ResponseEntity.badRequest().headers(headers).body(problem);
    }
}
