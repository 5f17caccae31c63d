package org.clinic.platform.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;

/**
 * Carries a trace across the places no header travels: a database row written now and read later on another thread
 * (an outbox row, a queued message). What is stored is the W3C {@code traceparent} of the span that wrote the row;
 * whoever reads the row later starts a span that continues it, so the log lines and spans of the later work share
 * the trace id of the request that caused it.
 */
public final class TraceParents {

    /** The W3C Trace Context header, also the Kafka record header the outbox relay sends. */
    public static final String HEADER = "traceparent";

    private final Tracer tracer;
    private final Propagator propagator;

    public TraceParents(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** Tracing switched off (or absent, in a test slice): nothing is stored and nothing continued. */
    public static TraceParents none() {
        return new TraceParents(Tracer.NOOP, Propagator.NOOP);
    }

    /** @return the traceparent of the span current on this thread, or null outside any trace */
    public String current() {
        Span span = tracer.currentSpan();
        return span == null ? null : of(span);
    }

    /**
     * @return the traceparent that makes a receiver's span a child of this one, or null for a no-op span. An
     * unsampled span has one too (flags 00): its trace is not exported, but its id still ties the log lines together.
     */
    public String of(Span span) {
        // Not span.isNoop(): the OpenTelemetry bridge says so of every span that is not sampled.
        TraceContext context = span.context();
        if (context == null || context.traceId().isEmpty()) {
            return null;
        }
        Map<String, String> headers = new HashMap<>(2);
        propagator.inject(context, headers, Map::put);
        return headers.get(HEADER);
    }

    /**
     * Starts a span of the trace the stored traceparent belongs to, as a child of the span that stored it; without
     * one (a row from before tracing, or written outside any trace) the span starts a trace of its own. The caller
     * ends it, and puts it in scope ({@link Tracer#withSpan}) around work whose log lines belong to it.
     */
    public Span startChild(String storedTraceParent, String name, Span.Kind kind) {
        Span.Builder builder = storedTraceParent == null
                ? tracer.spanBuilder().setNoParent()
                : propagator.extract(storedTraceParent, (carrier, key) -> HEADER.equals(key) ? carrier : null);
        return builder.name(name).kind(kind).start();
    }

    public Tracer tracer() {
        return tracer;
    }
}
