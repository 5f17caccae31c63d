package org.clinic.notification.delivery;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clinic.notification.delivery.DispatchQueue.PendingMessage;
import org.clinic.platform.tracing.TraceParents;

/**
 * One span per message of a dispatch batch, each in the trace of whatever queued the message (the appointment event's
 * consumer, and so the booking request before it), however much later or on whichever instance it goes out. The
 * batch shares one SMTP connection, so each span lasts the whole batch; what is logged and announced about a message
 * happens inside its own span, so it carries that message's trace id.
 */
final class SendSpans implements FinalStatuses.Announcing {

    private final Tracer tracer;
    private final Map<UUID, Span> spans = new HashMap<>();

    private SendSpans(Tracer tracer) {
        this.tracer = tracer;
    }

    static SendSpans start(TraceParents traces, List<PendingMessage> batch) {
        SendSpans sendSpans = new SendSpans(traces.tracer());
        for (PendingMessage pending : batch) {
            Span span = traces.startChild(pending.traceParent(), "notification send", Span.Kind.CLIENT)
                    .tag("clinic.notification.id", pending.id().toString())
                    .tag("clinic.notification.channel", pending.message().channel().name())
                    .tag("clinic.notification.attempt", pending.attempts() + 1L);
            sendSpans.spans.put(pending.id(), span);
        }
        return sendSpans;
    }

    /** Runs work (logging, recording the outcome) with the message's span current. */
    @Override
    public void around(UUID notificationId, Runnable work) {
        Span span = spans.get(notificationId);
        if (span == null) {
            work.run();
            return;
        }
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            work.run();
        }
    }

    void failed(UUID notificationId, Throwable failure) {
        Span span = spans.get(notificationId);
        if (span != null) {
            span.error(failure);
        }
    }

    void endAll() {
        spans.values().forEach(Span::end);
    }
}
