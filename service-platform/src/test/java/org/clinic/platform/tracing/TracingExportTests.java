package org.clinic.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Spans leave a service only when an operator names a collector: without
 * {@code management.opentelemetry.tracing.export.otlp.endpoint} there is no exporter at all (nothing to connect
 * anywhere), with it every ended span of a sampled trace is posted there as OTLP/HTTP protobuf.
 */
class TracingExportTests {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withPropertyValues("spring.application.name=export-check")
            .withConfiguration(AutoConfigurations.of(
                    org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration.class,
                    org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure
                            .OpenTelemetryTracingAutoConfiguration.class,
                    org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.otlp
                            .OtlpTracingAutoConfiguration.class,
                    TracingAutoConfiguration.class));

    @Test
    void withoutAnEndpointNothingIsExportedButTracesStillHaveIds() {
        contexts.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBeansOfType(SpanExporter.class)).isEmpty();
            Tracer tracer = context.getBean(Tracer.class);
            Span span = tracer.nextSpan().name("unexported").start();
            assertThat(span.context().traceId()).matches("[0-9a-f]{32}");
            span.end();
        });
    }

    @Test
    void withAnEndpointSampledSpansArePostedThereAsOtlp() throws Exception {
        List<byte[]> exports = new CopyOnWriteArrayList<>();
        HttpServer collector = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        collector.createContext("/v1/traces", exchange -> {
            try (exchange) {
                exports.add(exchange.getRequestBody().readAllBytes());
                exchange.sendResponseHeaders(200, -1);
            }
        });
        collector.start();
        try {
            contexts.withPropertyValues("management.opentelemetry.tracing.export.otlp.endpoint=http://127.0.0.1:"
                            + collector.getAddress().getPort() + "/v1/traces",
                    "management.tracing.sampling.probability=1.0")
                    .run(context -> {
                        assertThat(context).hasSingleBean(OtlpHttpSpanExporter.class);
                        Span span = context.getBean(Tracer.class).nextSpan().name("exported").start();
                        span.end();
                        context.getBean(SdkTracerProvider.class).forceFlush().join(10, TimeUnit.SECONDS);

                        String traceId = span.context().traceId();
                        assertThat(exports).anySatisfy(body -> {
                            assertThat(contains(body, HexFormat.of().parseHex(traceId))).isTrue();
                            assertThat(contains(body, "export-check".getBytes(StandardCharsets.UTF_8))).isTrue();
                        });
                    });
        } finally {
            collector.stop(0);
        }
    }

    private static boolean contains(byte[] body, byte[] part) {
        outer:
        for (int i = 0; i <= body.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (body[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
