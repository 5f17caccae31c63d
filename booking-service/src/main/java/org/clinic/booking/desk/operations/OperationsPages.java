package org.clinic.booking.desk.operations;

import java.time.ZoneId;
import org.clinic.booking.clinic.ClinicProperties;
import org.clinic.platform.messaging.DeadLetterApi;
import org.clinic.platform.messaging.DeadLetterReplay;
import org.clinic.platform.messaging.DeadLetterRow;
import org.clinic.platform.messaging.DeadLetters;
import org.clinic.platform.messaging.ReplayOutcome;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * {@code /desk/operations}, the one place an admin sees and replays what the consumers could not process
 * (docs/operations.md): this service's dead letters, and the panels of notification-service (dead letters and
 * failed messages) and content-service (dead letters), which the browser loads from those services as fragments
 * (and shows "unavailable" when one is down). Content's panel redirects here after a replay without JavaScript, with
 * the same {@link ReplayOutcome} codes, so this page says what happened.
 */
@Controller
class OperationsPages {

    static final String PATH = "/desk/operations";

    private final DeadLetters deadLetters;
    private final DeadLetterReplay replay;
    private final ZoneId zone;

    OperationsPages(DeadLetters deadLetters, DeadLetterReplay replay, ClinicProperties clinic) {
        this.deadLetters = deadLetters;
        this.replay = replay;
        this.zone = clinic.timeZone();
    }

    @GetMapping(PATH)
    ModelAndView show(@RequestParam(required = false) String notice) {
        ReplayOutcome outcome = notice == null ? null : ReplayOutcome.of(notice).orElse(null);
        return new ModelAndView("desk/operations")
                .addObject("deadLetters", deadLetters.list(true, DeadLetterApi.LIMIT).stream()
                        .map(d -> DeadLetterRow.of(d, zone)).toList())
                .addObject("notice", outcome == null ? null : outcome.words())
                .addObject("noticeIsProblem", outcome != null && outcome.problem());
    }

    @PostMapping(PATH + "/dead-letters/{id}/replay")
    ModelAndView replay(@PathVariable String id, Authentication who) {
        ReplayOutcome outcome = ReplayOutcome.replay(replay, id, who.getName());
        RedirectView redirect = new RedirectView(PATH + "?notice=" + outcome.code());
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        redirect.setExposeModelAttributes(false);
        return new ModelAndView(redirect);
    }
}
