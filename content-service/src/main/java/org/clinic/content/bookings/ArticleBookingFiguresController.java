package org.clinic.content.bookings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import org.clinic.platform.apidocs.ApiDocs;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** For editors: how many bookings an article brought lately (any status: a draft may have been published before). */
@Tag(name = "Writing articles")
@SecurityRequirement(name = ApiDocs.STAFF, scopes = {"EDITOR", "ADMIN"})
@RestController
class ArticleBookingFiguresController {

    private final ArticleBookings bookings;
    private final Clock clock;

    ArticleBookingFiguresController(ArticleBookings bookings, ObjectProvider<Clock> clock) {
        this.bookings = bookings;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Operation(summary = "Bookings the article brought in the last 30 and 90 days")
    @GetMapping("/api/content/articles/{slug}/booking-figures")
    ArticleBookingFigures figures(@PathVariable String slug) {
        return bookings.figuresOfArticleAt(slug, clock.instant())
                .orElseThrow(() -> ApiProblemException.notFound("No article has this address."));
    }
}
