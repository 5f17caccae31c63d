package org.clinic.notification.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clinic.notification.NotificationIntegrationTest;
import org.clinic.testsupport.access.AccessProbe;
import org.clinic.testsupport.access.RolesTable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The README's "Who may do what", row by row for notification-service's actions, as the service answers them. */
class RolesTableIT extends NotificationIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void theServiceAnswersAsTheReadmesRolesTableSays() {
        var rows = RolesTable.rowsCheckedIn("notification-service");
        var probe = new AccessProbe("http://localhost:" + port);

        List<String> disagreements = rows.stream().flatMap(row -> RolesTable.disagreements(row, probe).stream())
                .toList();

        assertThat(rows).hasSizeGreaterThanOrEqualTo(3);
        assertThat(disagreements).isEmpty();
    }
}
