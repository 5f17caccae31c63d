package org.clinic.notification.web;

import org.clinic.platform.web.ApiProblemAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** This service's one error advice; it has no failures of its own beyond the shared ones yet. */
// Only the JSON API: page controllers' failures go to the error pages in the site's look.
@RestControllerAdvice(annotations = RestController.class)
class NotificationProblemAdvice extends ApiProblemAdvice {
}
