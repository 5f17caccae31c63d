package org.clinic.localstack;

import java.util.HashSet;
import java.util.Set;

/**
 * Ports for a second (third...) instance of a service: free now, and none of the ports the settings already hand
 * out, which may not be taken yet because their process is still starting.
 */
final class ExtraPorts {

    private static final Set<Integer> CHOSEN = new HashSet<>();

    private ExtraPorts() {
    }

    /** A public port and a management port. */
    static synchronized int[] pair(LocalStack.Settings settings) {
        LocalStack.ManagementPorts management = settings.managementPorts();
        CHOSEN.addAll(Set.of(settings.gatewayPort(), settings.bookingPort(), settings.contentPort(),
                settings.notificationPort(), settings.postgresPort(), settings.kafkaPort(), settings.smtpPort(),
                settings.inboxPort(), management.gateway(), management.booking(), management.content(),
                management.notification()));
        return new int[] {LocalStack.freePort(CHOSEN), LocalStack.freePort(CHOSEN)};
    }
}
