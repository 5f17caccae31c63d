package org.clinic.notification.operations;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.clinic.notification.delivery.FailedDelivery;
import org.clinic.platform.messaging.DeadLetter;
import org.clinic.platform.messaging.DeadLetterRow;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * This service's dead letters and failed messages as the HTML fragment booking-service's operations page loads
 * (admins only), each with its Replay or Retry form. Mustache, as the delivery log: every value is HTML-escaped,
 * which matters since dead letters are records as received. Standalone (without JavaScript the page links here) it
 * is a small document of its own.
 */
@Component
class ProblemsFragment {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, h:mm a z", Locale.ENGLISH);

    private final Template template;
    private final ZoneId clinicZone;

    ProblemsFragment(@Value("${clinic.time-zone}") ZoneId clinicZone) {
        this.clinicZone = clinicZone;
        try (Reader source = new InputStreamReader(
                new ClassPathResource("templates/desk/problems.html.mustache").getInputStream(),
                StandardCharsets.UTF_8)) {
            this.template = Mustache.compiler().defaultValue("").compile(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String render(List<DeadLetter> deadLetters, List<FailedDelivery> failed, Notice notice, boolean standalone) {
        List<DeadLetterRow> letters = deadLetters.stream().map(d -> DeadLetterRow.of(d, clinicZone)).toList();
        List<DeliveryRow> deliveries = failed.stream().map(this::row).toList();
        return template.execute(new Model(standalone, notice != null, notice == null ? null : notice.words,
                notice != null && notice.problem, !letters.isEmpty(), letters, !deliveries.isEmpty(), deliveries));
    }

    private DeliveryRow row(FailedDelivery f) {
        return new DeliveryRow(f.id(), when(f.failedAt()), f.failedAt().toString(), f.appointmentId(),
                kind(f), f.channel().name().equals("SMS") ? "SMS" : "Email", f.attempts(),
                f.lastError() == null ? "" : f.lastError(), f.resendable(), f.retriedBy(),
                f.retriedAt() == null ? null : when(f.retriedAt()));
    }

    private static String kind(FailedDelivery f) {
        return switch (f.kind()) {
            case CONFIRMATION -> "Confirmation";
            case RESCHEDULE -> "Change of time";
            case CANCELLATION -> "Cancellation";
            case REMINDER -> "Reminder";
        };
    }

    private String when(Instant instant) {
        return WHEN.format(instant.atZone(clinicZone));
    }

    record DeliveryRow(UUID id, String failedAt, String failedAtIso, UUID appointmentId,
            String kind, String channel, int attempts, String lastError, boolean resendable, String retriedBy,
            String retriedAt) {
    }

    record Model(boolean standalone, boolean hasNotice, String notice, boolean noticeIsProblem,
            boolean hasDeadLetters, List<DeadLetterRow> deadLetters, boolean hasFailed, List<DeliveryRow> failed) {
    }
}
