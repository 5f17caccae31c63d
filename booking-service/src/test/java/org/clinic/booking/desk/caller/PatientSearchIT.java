package org.clinic.booking.desk.caller;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.clinic.booking.BookingIntegrationTest;
import org.clinic.testsupport.PageClient;
import org.clinic.testsupport.StaffTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Search as you type: the fragment htmx swaps in, and the page of its own for browsers without JavaScript. */
class PatientSearchIT extends BookingIntegrationTest {

    static final String[] HTMX = {"Authorization", "Bearer " + StaffTokens.valid("FRONT_DESK"), "HX-Request", "true"};

    private PageClient browser;

    @BeforeEach
    void patients() {
        browser = new PageClient("http://localhost:" + port);
        insert("Jane", "Doe", "jane.doe@example.org", "+15555550123");
        insert("John", "Dorsey", null, "+15555550999");
        insert("Ada", "Lovelace", "ada@example.org", null);
    }

    @Test
    void findsByLastNamePrefixAndByFirstAndLastName() {
        assertThat(names("do")).containsExactly("Doe, Jane", "Dorsey, John");
        assertThat(names("Jane Do")).containsExactly("Doe, Jane");
        assertThat(names("Doe, Ja")).containsExactly("Doe, Jane");
        assertThat(names("ada")).containsExactly("Lovelace, Ada");
    }

    @Test
    void findsByPhoneInAnyFormatAndByItsLastDigits() {
        assertThat(names("(555) 555-0123")).containsExactly("Doe, Jane");
        assertThat(names("555.555.0123")).containsExactly("Doe, Jane");
        assertThat(names("+1 555 555 0123")).containsExactly("Doe, Jane");
        assertThat(names("0999")).containsExactly("Dorsey, John");
    }

    @Test
    void findsByEmailWhateverTheCase() {
        assertThat(names("JANE.DOE@example.org")).containsExactly("Doe, Jane");
        assertThat(names("ada@")).containsExactly("Lovelace, Ada");
    }

    @Test
    void saysSoWhenNobodyMatchesAndTreatsWildcardsAsText() {
        var fragment = browser.get("/desk/patients?q=zz", HTMX);

        assertThat(fragment.one("#no-patients").text()).startsWith("No patient found");
        assertThat(names("%")).isEmpty();
        assertThat(names("_")).isEmpty();
    }

    @Test
    void withoutJavaScriptTheSearchIsAPageWhoseResultsStartABooking() {
        var page = browser.get("/desk/patients?q=lovelace", HTMX[0], HTMX[1]);

        assertThat(page.one("h1").text()).isEqualTo("Find a patient");
        assertThat(page.one("#patient-results a.patient-choice").attr("href")).startsWith("/desk/book?patientId=");
    }

    private java.util.List<String> names(String q) {
        var fragment = browser.get("/desk/patients?q=" + java.net.URLEncoder.encode(q,
                java.nio.charset.StandardCharsets.UTF_8), HTMX);
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body()).doesNotContain("<html");
        return fragment.doc().select(".patient-choice__name").eachText();
    }

    private void insert(String first, String last, String email, String phone) {
        jdbc.sql("INSERT INTO patient (id, first_name, last_name, email, phone) VALUES (:id, :f, :l, :e, :p)")
                .param("id", UUID.randomUUID()).param("f", first).param("l", last).param("e", email)
                .param("p", phone).update();
    }
}
