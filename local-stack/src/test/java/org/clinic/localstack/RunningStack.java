package org.clinic.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One whole system for all system tests of this JVM: started on first use, stopped by JUnit after the last test
 * (through the root store), so each test class does not pay twenty seconds of startup.
 */
public class RunningStack implements BeforeAllCallback {

    private static LocalStack stack;
    private static OtlpReceiver traces;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (RunningStack.class) {
            if (stack == null) {
                Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "local-stack-");
                traces = OtlpReceiver.start();
                stack = LocalStack.start(LocalStack.Settings.freePorts(LocalStackMain.findProjectDirectory(), data,
                        List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                                // Spans exported as to a collector, to one of the tests' own (TracingIT); batches
                                // every second instead of five.
                                "-Dmanagement.opentelemetry.tracing.export.otlp.endpoint=" + traces.endpoint(),
                                "-Dmanagement.opentelemetry.tracing.export.schedule-delay=1s",
                                // Far enough ahead for the next daylight-saving change (at most ~8 months away), so
                                // the desk's schedule can be checked on one (booking-service's setting; others ignore it).
                                "-Dclinic.policy.horizon-days=250",
                                // Every browser and API test books from 127.0.0.1, several with one phone number:
                                // booking-service's abuse limits (per address and contact) out of their way.
                                // 100 per address: SecuritySweepIT books 200 times from an address of its own (the
                                // gateway believes X-Forwarded-For from 127.0.0.1 here) and must see the limit.
                                "-Dclinic.client-address.trusted-proxies=127.0.0.1",
                                "-Dclinic.booking.rate-limits.bookings-per-address=100/1h",
                                "-Dclinic.booking.rate-limits.bookings-per-contact=10000/1h",
                                "-Dclinic.booking.rate-limits.manage-per-address=10000/1h",
                                "-Dclinic.booking.rate-limits.manage-changes-per-contact=10000/1h")));
                ExtensionContext.Store root = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL);
                root.put(RunningStack.class, (AutoCloseable) () -> {
                    synchronized (RunningStack.class) {
                        stack.close();
                        stack = null;
                        traces.close();
                    }
                });
            }
        }
    }

    public static LocalStack stack() {
        return stack;
    }

    /** The spans the stack's services exported. */
    static OtlpReceiver traces() {
        return traces;
    }
}
