package org.clinic.booking.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clinic.booking.BookingIntegrationTest;
import org.clinic.testsupport.access.AccessProbe;
import org.clinic.testsupport.access.RolesTable;
import org.junit.jupiter.api.Test;

/** The README's "Who may do what", row by row for booking-service's actions, as the service answers them. */
class RolesTableIT extends BookingIntegrationTest {

    @Test
    void theServiceAnswersAsTheReadmesRolesTableSays() {
        var rows = RolesTable.rowsCheckedIn("booking-service");
        var probe = new AccessProbe("http://localhost:" + port);

        List<String> disagreements = rows.stream().flatMap(row -> RolesTable.disagreements(row, probe).stream())
                .toList();

        assertThat(rows).hasSizeGreaterThan(10);
        assertThat(disagreements).isEmpty();
    }
}
