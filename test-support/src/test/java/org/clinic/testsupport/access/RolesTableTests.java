package org.clinic.testsupport.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RolesTableTests {

    private static final List<String> README = List.of(
            "# Project", "", "## Who may do what", "", "Some words.", "",
            "| action | example request | Public | FRONT_DESK | EDITOR | ADMIN | checked in |",
            "|---|---|---|---|---|---|---|",
            "| Close the clinic | `POST /api/booking/closures` | no | no | no | yes | booking-service |",
            "| Find free times | `GET /api/booking/slots?from=2026-12-01` | yes | yes | yes | yes | booking-service |",
            "", "## Next section", "| not | this | table |");

    @Test
    void readsEachRowsRequestAnswersAndOwner() {
        var rows = RolesTable.rows(README);

        assertThat(rows).hasSize(2);
        var closure = rows.get(0);
        assertThat(closure.action()).isEqualTo("Close the clinic");
        assertThat(closure.method()).isEqualTo("POST");
        assertThat(closure.path()).isEqualTo("/api/booking/closures");
        assertThat(closure.allowed()).containsExactly(Map.entry("Public", false), Map.entry("FRONT_DESK", false),
                Map.entry("EDITOR", false), Map.entry("ADMIN", true));
        assertThat(closure.checkedIn()).isEqualTo("booking-service");
        assertThat(rows.get(1).path()).isEqualTo("/api/booking/slots?from=2026-12-01");
    }

    @Test
    void refusesATableWhoseColumnsOrAnswersItCannotRead() {
        var otherColumns = List.of("## Who may do what", "| action | example request | Staff |", "|---|---|---|",
                "| x | `GET /x` | yes |");
        var maybe = List.of(README.get(2), README.get(6), README.get(7),
                "| x | `GET /x` | yes | maybe | no | yes | booking-service |");

        assertThatThrownBy(() -> RolesTable.rows(otherColumns)).hasMessageContaining("columns");
        assertThatThrownBy(() -> RolesTable.rows(maybe)).hasMessageContaining("maybe");
        assertThatThrownBy(() -> RolesTable.rows(List.of("# nothing"))).hasMessageContaining("Who may do what");
    }

    @Test
    void theProjectsReadmeHasRowsForEveryService() {
        for (String module : List.of("booking-service", "content-service", "notification-service", "gateway")) {
            assertThat(RolesTable.rowsCheckedIn(module)).as(module).isNotEmpty();
        }
    }
}
