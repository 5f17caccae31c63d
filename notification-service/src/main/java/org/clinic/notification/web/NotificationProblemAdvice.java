package org.clinic.notification.web;

import org.clinic.platform.web.ApiProblemAdvice;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** This service's one error advice; it has no failures of its own beyond the shared ones yet. */
@RestControllerAdvice
class NotificationProblemAdvice extends ApiProblemAdvice {
}
