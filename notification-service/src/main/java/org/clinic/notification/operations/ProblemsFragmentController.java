package org.clinic.notification.operations;

import java.util.UUID;
import java.util.function.Supplier;
import org.clinic.notification.delivery.FailedDeliveries;
import org.clinic.platform.messaging.DeadLetterApi;
import org.clinic.platform.messaging.DeadLetterReplay;
import org.clinic.platform.messaging.DeadLetters;
import org.clinic.platform.messaging.ReplayOutcome;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The notification half of the admin's operations page (booking-service's {@code /desk/operations} loads it through
 * the gateway, whose {@code desk-deliveries} route sends {@code /desk/deliveries/**} here): dead letters and failed
 * messages, with forms to replay or retry. A form post answers htmx with the fragment at once, and a browser
 * without JavaScript with a redirect to the fragment on its own (post, redirect, get). Admins only
 * ({@code SecurityConfig}); cross-site posts are refused ({@code web/SameSiteFormPosts}).
 */
@Controller
@RequestMapping(ProblemsFragmentController.PATH)
class ProblemsFragmentController {

    static final String PATH = "/desk/deliveries/problems";

    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    private final DeadLetters deadLetters;
    private final DeadLetterReplay replay;
    private final FailedDeliveries failed;
    private final ProblemsFragment fragment;

    ProblemsFragmentController(DeadLetters deadLetters, DeadLetterReplay replay, FailedDeliveries failed,
            ProblemsFragment fragment) {
        this.deadLetters = deadLetters;
        this.replay = replay;
        this.failed = failed;
        this.fragment = fragment;
    }

    @GetMapping
    ResponseEntity<String> problems(@RequestParam(required = false) String notice,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        return render(Notice.of(notice == null ? "" : notice).orElse(null), htmx != null);
    }

    @PostMapping("/dead-letters/{id}/replay")
    ResponseEntity<String> replay(@PathVariable String id, Authentication who,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        return answer(Notice.of(ReplayOutcome.replay(replay, id, who.getName())), htmx != null);
    }

    @PostMapping("/messages/{id}/retry")
    ResponseEntity<String> retry(@PathVariable String id, Authentication who,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        Notice notice = outcome(() -> {
            failed.retry(UUID.fromString(id), who.getName());
            return Notice.RETRIED;
        }, Notice.NO_MESSAGE);
        return answer(notice, htmx != null);
    }

    /** Each refusal a retry can meet becomes its notice; an id that is not one reads as "no such message". */
    private static Notice outcome(Supplier<Notice> action, Notice malformedId) {
        try {
            return action.get();
        } catch (FailedDeliveries.NotFailed e) {
            return Notice.NOT_FAILED;
        } catch (FailedDeliveries.NothingToResend e) {
            return Notice.NOTHING_TO_RESEND;
        } catch (FailedDeliveries.NoSuchMessage e) {
            return Notice.NO_MESSAGE;
        } catch (IllegalArgumentException e) { // NumberFormatException included: a malformed id
            return malformedId;
        }
    }

    private ResponseEntity<String> answer(Notice notice, boolean htmx) {
        if (htmx) {
            return render(notice, true);
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, PATH + "?notice=" + notice.code)
                .cacheControl(CacheControl.noStore()).build();
    }

    /** Never cached: it changes with every replay, and dead letters hold patients' details. */
    private ResponseEntity<String> render(Notice notice, boolean htmx) {
        String body = fragment.render(deadLetters.list(true, DeadLetterApi.LIMIT),
                failed.list(DeadLetterApi.LIMIT), notice, !htmx);
        return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noStore()).body(body);
    }
}
