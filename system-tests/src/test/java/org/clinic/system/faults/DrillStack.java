package org.clinic.system.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.clinic.localstack.LocalStack;

/**
 * A whole system of its own for one drill, on free ports: drills break things, so they cannot share local-stack's
 * RunningStack. Services run as their jars with the settings they ship with; only the abuse limits are lifted,
 * since every drill books hundreds of times from one address.
 */
final class DrillStack {

    private DrillStack() {
    }

    static LocalStack start(String drill) throws Exception {
        Path project = Path.of("..").toAbsolutePath().normalize();
        Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "drill-" + drill + "-");
        return LocalStack.start(LocalStack.Settings.freePorts(project, data, List.of(
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dclinic.booking.max-future-online-bookings=1000",
                "-Dclinic.booking.rate-limits.bookings-per-address=100000/1h",
                "-Dclinic.booking.rate-limits.bookings-per-contact=100000/1h")));
    }

    /** A connection to one service's database, for the drill's own counts. */
    static Connection database(LocalStack stack, String name) throws SQLException {
        return DriverManager.getConnection(stack.postgres().jdbcUrl(name));
    }
}
