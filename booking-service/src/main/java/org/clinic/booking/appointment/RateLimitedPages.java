package org.clinic.booking.appointment;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import org.clinic.booking.ratelimit.TooManyRequests;
import org.clinic.theme.SiteIdentity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * How the patient pages answer a rate limit: 429, {@code Retry-After}, and a notice saying when to come back
 * ({@code book/parts :: rateLimitedNotice}). A form post shows its form again with what was typed ({@link #show});
 * a page without a form to keep gets a page of its own (the handler below).
 */
@ControllerAdvice(assignableTypes = {BookDetailsPages.class, BookConfirmationPage.class, ManagePages.class,
        ReschedulePages.class})
class RateLimitedPages {

    private final ClinicTimes times;
    private final SiteIdentity site;

    RateLimitedPages(ClinicTimes times, SiteIdentity site) {
        this.times = times;
        this.site = site;
    }

    ModelAndView show(ModelAndView page, TooManyRequests e, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()));
        page.setStatus(HttpStatus.TOO_MANY_REQUESTS);
        Instant at = times.now().plus(e.retryAfter());
        boolean today = times.day(at).equals(times.today());
        return page.addObject("rateLimited", e.getBody().getDetail())
                .addObject("retryAt", today ? times.time(at) : times.dayAndTime(at));
    }

    /** Exception handlers get no {@code @ModelAttribute}s, so the layout's {@code site} is added here. */
    @ExceptionHandler(TooManyRequests.class)
    ModelAndView tooMany(TooManyRequests e, HttpServletResponse response) {
        return show(new ModelAndView("book/too-many").addObject("site", site), e, response);
    }
}
