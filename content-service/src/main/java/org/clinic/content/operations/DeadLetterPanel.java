package org.clinic.content.operations;

import jakarta.servlet.http.HttpServletResponse;
import org.clinic.content.ContentProperties;
import org.clinic.platform.messaging.DeadLetterApi;
import org.clinic.platform.messaging.DeadLetterReplay;
import org.clinic.platform.messaging.DeadLetterRow;
import org.clinic.platform.messaging.DeadLetters;
import org.clinic.platform.messaging.ReplayOutcome;
import org.clinic.platform.web.PageRedirects;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The content half of the admin's operations page (booking-service's {@code /desk/operations} loads it through the
 * gateway, which routes {@code /editor/**} here): this service's dead letters, each with a Replay form. Asked by
 * htmx it answers the panel alone, and a replay answers the panel with what happened; without JavaScript the page
 * links here (a staff page of its own) and a replay redirects back to the operations page, which says what happened
 * from the outcome's code (post, redirect, get). Admins only ({@code ContentSecurity}); cross-site posts are
 * refused (web-theme's CrossSiteFormFilter). Never cached: it changes with every replay and values hold patients'
 * details.
 */
@Controller
@RequestMapping(DeadLetterPanel.PATH)
class DeadLetterPanel {

    static final String PATH = "/editor/operations/dead-letters";
    static final String OPERATIONS_PAGE = "/desk/operations";

    private final DeadLetters deadLetters;
    private final DeadLetterReplay replay;
    private final ContentProperties properties;

    DeadLetterPanel(DeadLetters deadLetters, DeadLetterReplay replay, ContentProperties properties) {
        this.deadLetters = deadLetters;
        this.replay = replay;
        this.properties = properties;
    }

    @GetMapping
    ModelAndView show(@RequestParam(required = false) String notice,
            @RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response) {
        return render(notice == null ? null : ReplayOutcome.of(notice).orElse(null), htmx != null, response);
    }

    @PostMapping("/{id}/replay")
    ModelAndView replay(@PathVariable String id, Authentication who,
            @RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response) {
        ReplayOutcome outcome = ReplayOutcome.replay(replay, id, who.getName());
        if (htmx != null) {
            return render(outcome, true, response);
        }
        return PageRedirects.seeOther(OPERATIONS_PAGE + "?notice=" + outcome.code());
    }

    /** The panel alone for htmx; a whole staff page (layout, header, a way back) for a browser that opened it. */
    private ModelAndView render(ReplayOutcome outcome, boolean htmx, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        response.setHeader(HttpHeaders.VARY, "HX-Request");
        return new ModelAndView(htmx ? "operations/dead-letters :: content-problems" : "operations/dead-letters")
                .addObject("deadLetters", deadLetters.list(true, DeadLetterApi.LIMIT).stream()
                        .map(d -> DeadLetterRow.of(d, properties.timeZone())).toList())
                .addObject("notice", outcome == null ? null : outcome.words())
                .addObject("noticeIsProblem", outcome != null && outcome.problem());
    }
}
