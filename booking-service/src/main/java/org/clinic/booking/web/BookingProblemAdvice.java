package org.clinic.booking.web;

import org.clinic.platform.web.ApiProblemAdvice;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** booking-service's one error advice; its own failures are {@code ApiProblemException}s. */
@RestControllerAdvice
class BookingProblemAdvice extends ApiProblemAdvice {
}
