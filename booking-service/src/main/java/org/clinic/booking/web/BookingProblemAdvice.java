package org.clinic.booking.web;

import org.clinic.platform.web.ApiProblemAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** booking-service's one error advice; its own failures are {@code ApiProblemException}s. */
// Only the JSON API: page controllers' failures go to the error pages in the site's look.
@RestControllerAdvice(annotations = RestController.class)
class BookingProblemAdvice extends ApiProblemAdvice {
}
