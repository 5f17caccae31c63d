package org.clinic.content.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clinic.content.ContentApiTestSupport;
import org.clinic.testsupport.access.AccessProbe;
import org.clinic.testsupport.access.RolesTable;
import org.junit.jupiter.api.Test;

/** The README's "Who may do what", row by row for content-service's actions, as the service answers them. */
class RolesTableIT extends ContentApiTestSupport {

    @Test
    void theServiceAnswersAsTheReadmesRolesTableSays() {
        var rows = RolesTable.rowsCheckedIn("content-service");
        var probe = new AccessProbe("http://localhost:" + port);

        List<String> disagreements = rows.stream().flatMap(row -> RolesTable.disagreements(row, probe).stream())
                .toList();

        assertThat(rows).hasSizeGreaterThanOrEqualTo(4);
        assertThat(disagreements).isEmpty();
    }
}
