package org.clinic.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** What a row keeps of the trace it was written in, and how the work that reads it later continues that trace. */
class TraceParentsTests {

    private static final String STORED = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-";

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration.class,
                    org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure
                            .OpenTelemetryTracingAutoConfiguration.class,
                    TracingAutoConfiguration.class));

    @Test
    void outsideAnyTraceNothingIsStored() {
        contexts.run(context -> assertThat(context.getBean(TraceParents.class).current()).isNull());
    }

    @Test
    void inASpanTheRowKeepsThatSpansTraceparent() {
        contexts.run(context -> {
            TraceParents traces = context.getBean(TraceParents.class);
            Tracer tracer = context.getBean(Tracer.class);
            Span span = tracer.nextSpan().name("request").start();
            try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
                assertThat(traces.current()).isEqualTo("00-" + span.context().traceId() + "-"
                        + span.context().spanId() + (Boolean.TRUE.equals(span.context().sampled()) ? "-01" : "-00"));
            } finally {
                span.end();
            }
        });
    }

    /** Most traces are not sampled; their ids must still carry on, or the later work's log lines lose them. */
    @Test
    void theWorkThatReadsTheRowContinuesItsTraceSampledOrNot() {
        contexts.run(context -> {
            TraceParents traces = context.getBean(TraceParents.class);
            for (String flags : new String[] {"01", "00"}) {
                Span child = traces.startChild(STORED + flags, "later", Span.Kind.CONSUMER);
                try {
                    assertThat(child.context().traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
                    assertThat(child.context().spanId()).isNotEqualTo("00f067aa0ba902b7");
                    assertThat(traces.of(child)).startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-")
                            .endsWith("-" + flags);
                } finally {
                    child.end();
                }
            }
        });
    }

    @Test
    void withoutAStoredTraceTheWorkStartsATraceOfItsOwn() {
        contexts.run(context -> {
            Span span = context.getBean(TraceParents.class).startChild(null, "reminder", Span.Kind.CLIENT);
            assertThat(span.context().traceId()).matches("[0-9a-f]{32}");
            assertThat(span.context().parentId()).isNull();
            span.end();
        });
    }

    @Test
    void withoutTracingNothingIsStoredAndNothingBreaks() {
        TraceParents none = TraceParents.none();
        assertThat(none.current()).isNull();
        Span span = none.startChild(STORED + "01", "later", Span.Kind.CONSUMER);
        assertThat(none.of(span)).isNull();
        span.end();
    }
}
