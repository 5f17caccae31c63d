package org.clinic.localstack;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for an OpenTelemetry collector: takes OTLP/HTTP trace exports ({@code POST /v1/traces}, protobuf) and
 * keeps their bodies. No protobuf is decoded: an export is one process's batch, carrying its {@code service.name}
 * as a string and each span's trace id as 16 raw bytes, so finding both in one body means that service exported a
 * span of that trace.
 */
final class OtlpReceiver implements AutoCloseable {

    private final HttpServer server;
    private final List<byte[]> exports = new CopyOnWriteArrayList<>();

    private OtlpReceiver(HttpServer server) {
        this.server = server;
    }

    static OtlpReceiver start() {
        try {
            var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            var receiver = new OtlpReceiver(server);
            server.createContext("/v1/traces", exchange -> {
                try (exchange) {
                    receiver.exports.add(exchange.getRequestBody().readAllBytes());
                    // An empty ExportTraceServiceResponse: everything accepted.
                    exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
                    exchange.sendResponseHeaders(200, -1);
                }
            });
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a service's {@code management.opentelemetry.tracing.export.otlp.endpoint} is set to. */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/traces";
    }

    boolean received(String serviceName, String traceId) {
        byte[] name = serviceName.getBytes(StandardCharsets.UTF_8);
        byte[] id = HexFormat.of().parseHex(traceId);
        return exports.stream().anyMatch(body -> indexOf(body, name) >= 0 && indexOf(body, id) >= 0);
    }

    int exportCount() {
        return exports.size();
    }

    private static int indexOf(byte[] body, byte[] part) {
        outer:
        for (int i = 0; i <= body.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (body[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
