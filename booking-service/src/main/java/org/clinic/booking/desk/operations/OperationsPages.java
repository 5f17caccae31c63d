package org.clinic.booking.desk.operations;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.clinic.booking.clinic.ClinicProperties;
import org.clinic.platform.messaging.DeadLetter;
import org.clinic.platform.messaging.DeadLetterApi;
import org.clinic.platform.messaging.DeadLetterReplay;
import org.clinic.platform.messaging.DeadLetters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * (docs/operations.md): this service's dead letters, and notification-service's dead letters and failed messages,
 * which the browser loads from that service as a fragment (and shows "unavailable" when it is down).
 */
@Controller
class OperationsPages {

    static final String PATH = "/desk/operations";

    private static final Logger log = LoggerFactory.getLogger(OperationsPages.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, h:mm a z", Locale.ENGLISH);
    /** The only words a redirect's {@code notice} code can make the page say. */
    private static final Map<String, String> NOTICES = Map.of(
            "replayed", "Replayed: the record is back on its topic and is processed in a moment (once, even if it "
                    + "was before).",
            "already-replayed", "That dead letter was replayed before; it is replayed only once.",
            "no-such-dead-letter", "That dead letter no longer exists (it may have expired).",
            "replay-failed", "Kafka did not take the record; nothing changed. Try again in a moment.");

    private final DeadLetters deadLetters;
    private final DeadLetterReplay replay;
    private final ZoneId zone;

    OperationsPages(DeadLetters deadLetters, DeadLetterReplay replay, ClinicProperties clinic) {
        this.deadLetters = deadLetters;
        this.replay = replay;
        this.zone = clinic.timeZone();
    }

    record DeadLetterRow(long id, String firstSeen, String firstSeenIso, String topic, int partition, long offset,
            String key, String value, String reason, boolean replayed, String replayedBy, String replayedAt) {
    }

    @GetMapping(PATH)
    ModelAndView show(@RequestParam(required = false) String notice) {
        return new ModelAndView("desk/operations")
                .addObject("deadLetters", deadLetters.list(true, DeadLetterApi.LIMIT).stream()
                        .map(this::row).toList())
                .addObject("notice", notice == null ? null : NOTICES.get(notice))
                .addObject("noticeIsProblem", notice != null && !"replayed".equals(notice));
    }

    @PostMapping(PATH + "/dead-letters/{id}/replay")
    ModelAndView replay(@PathVariable String id, Authentication who) {
        String outcome;
        try {
            replay.replay(Long.parseLong(id), who.getName());
            outcome = "replayed";
        } catch (DeadLetterReplay.AlreadyReplayed e) {
            outcome = "already-replayed";
        } catch (DeadLetterReplay.NotFound | NumberFormatException e) {
            outcome = "no-such-dead-letter";
        } catch (DeadLetterReplay.ReplayFailed e) {
            log.warn("Replay from the operations page failed: {}", e.getBody().getDetail());
            outcome = "replay-failed";
        }
        RedirectView redirect = new RedirectView(PATH + "?notice=" + outcome);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        redirect.setExposeModelAttributes(false);
        return new ModelAndView(redirect);
    }

    private DeadLetterRow row(DeadLetter d) {
        return new DeadLetterRow(d.id(), when(d.firstSeenAt()), d.firstSeenAt().toString(), d.topic(), d.partition(),
                d.offset(), d.key() == null ? "(none)" : d.key(), d.value() == null ? "" : d.value(), d.reason(),
                d.replayed(), d.replayedBy(), d.replayed() ? when(d.replayedAt()) : null);
    }

    private String when(Instant instant) {
        return WHEN.format(instant.atZone(zone));
    }
}
