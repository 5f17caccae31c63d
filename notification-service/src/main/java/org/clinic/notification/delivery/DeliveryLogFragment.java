package org.clinic.notification.delivery;

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
import org.clinic.notification.sms.SmsSender;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The delivery log as the HTML fragment the desk's appointment panel loads (htmx swaps it in). Mustache, like the
 * messages: logic-less, and it HTML-escapes every value, which matters here because the last error quotes what a
 * mail server answered. Compiled once at startup, so a broken template stops the service, not the desk.
 */
@Component
class DeliveryLogFragment {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, h:mm a z", Locale.ENGLISH);

    private final Template template;
    private final ZoneId clinicZone;

    DeliveryLogFragment(@Value("${clinic.time-zone}") ZoneId clinicZone) {
        this.clinicZone = clinicZone;
        try (Reader source = new InputStreamReader(
                new ClassPathResource("templates/desk/delivery-log.html.mustache").getInputStream(),
                StandardCharsets.UTF_8)) {
            this.template = Mustache.compiler().defaultValue("").compile(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String render(List<DeliveryLogEntry> entries) {
        List<Row> rows = entries.stream().map(this::row).toList();
        return template.execute(new Model(false, null, rows.isEmpty(), !rows.isEmpty(), rows));
    }

    /** The panel's frame with a message instead of rows, e.g. for a request without a valid appointment id. */
    String problem(String message) {
        return template.execute(new Model(true, message, false, false, List.of()));
    }

    private Row row(DeliveryLogEntry entry) {
        DeskStatus status = DeskStatus.of(entry.status(), entry.attempts(), entry.lastError());
        Instant sentAt = entry.sentAt();
        return new Row(kind(entry.kind()), entry.channel() == Channel.SMS ? "SMS" : "Email", status.name(),
                status.name().toLowerCase(Locale.ROOT).replace('_', '-'), status.words, entry.attempts(),
                sentAt != null, sentAt == null ? null : WHEN.format(sentAt.atZone(clinicZone)),
                sentAt == null ? null : sentAt.toString(), entry.lastError());
    }

    private static String kind(NotificationKind kind) {
        return switch (kind) {
            case CONFIRMATION -> "Confirmation";
            case RESCHEDULE -> "Change of time";
            case CANCELLATION -> "Cancellation";
            case REMINDER -> "Reminder";
        };
    }

    /**
     * What the desk needs to know, which is finer than the stored status: a pending message that has already failed
     * once is being retried, and that is worth telling apart from one that simply has not gone yet.
     */
    enum DeskStatus {
        SENT("Sent"), FAILED("Failed – not delivered"), RETRYING("Retrying"), PENDING("Waiting to send"),
        SUPPRESSED("Not sent (not needed)"), NO_SMS_PROVIDER("Not sent – no SMS service set up");

        final String words;

        DeskStatus(String words) {
            this.words = words;
        }

        /** An SMS owed while no provider was configured reached nobody: the desk should phone the patient. */
        static DeskStatus of(DeliveryStatus status, int attempts, String reason) {
            return switch (status) {
                case SENT -> SENT;
                case FAILED -> FAILED;
                case SUPPRESSED -> SmsSender.NO_PROVIDER.equals(reason) ? NO_SMS_PROVIDER : SUPPRESSED;
                case PENDING -> attempts > 0 ? RETRYING : PENDING;
            };
        }
    }

    record Row(String kind, String channel, String status, String statusClass, String statusText, int attempts,
            boolean sent, String sentAt, String sentAtIso, String lastError) {
    }

    record Model(boolean hasProblem, String problem, boolean empty, boolean hasRows, List<Row> rows) {
    }
}
