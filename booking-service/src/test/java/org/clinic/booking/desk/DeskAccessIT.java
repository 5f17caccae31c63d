package org.clinic.booking.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.clinic.booking.BookingIntegrationTest;
import org.clinic.testsupport.PageClient;
import org.clinic.testsupport.StaffTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may open the desk's pages, and what a browser sees when it may not: the login page (and back afterwards),
 * the site's 403 page, and a refused cross-site form post. The API keeps answering problem+json.
 */
class DeskAccessIT extends BookingIntegrationTest {

    private static final String DESK = "Bearer " + StaffTokens.valid("FRONT_DESK");
    private PageClient browser;

    @BeforeEach
    void browser() {
        browser = new PageClient("http://localhost:" + port);
    }

    @Test
    void aDeskPageWithoutASessionGoesToTheLoginPageAndBack() {
        var page = browser.get("/desk?date=2026-12-01");

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.header("Location")).isEqualTo("/login?next=%2Fdesk%3Fdate%3D2026-12-01");
    }

    @Test
    void anExpiredSessionIsTreatedAsNone() {
        var page = browser.get("/desk", "Authorization", "Bearer " + StaffTokens.expired("FRONT_DESK"));

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.header("Location")).startsWith("/login?next=");
    }

    @Test
    void aTokenOfTheOldSharedSecretOrMeantForTheGatewayIsTreatedAsNone() {
        for (String token : new String[] {StaffTokens.signedWithOldSharedSecret("FRONT_DESK"),
                StaffTokens.withAudience("clinic-gateway", "FRONT_DESK"), StaffTokens.withoutExpiry("FRONT_DESK")}) {
            var page = browser.get("/desk", "Authorization", "Bearer " + token);

            assertThat(page.status()).isEqualTo(303);
            assertThat(page.header("Location")).startsWith("/login?next=");
        }
    }

    @Test
    void anHtmxRequestWithoutASessionAsksForAFullPageLoginReturningToThePageItCameFrom() {
        var fragment = browser.get("/desk/appointments/x/panel", "HX-Request", "true",
                "HX-Current-URL", "http://localhost:8080/desk?date=2026-12-01");

        assertThat(fragment.status()).isEqualTo(401);
        assertThat(fragment.header("HX-Redirect")).isEqualTo("/login?next=%2Fdesk%3Fdate%3D2026-12-01");
    }

    @Test
    void aFormPostWithoutASessionReturnsToTheFormsPageNeverToAnotherSite() {
        var sameSite = browser.post("/desk/anything", Map.of("a", "b"), "Referer", "http://localhost:8080/desk/hours",
                "Sec-Fetch-Site", "same-origin");
        var foreign = browser.post("/desk/anything", Map.of("a", "b"), "Referer", "https://evil.example//evil.example",
                "Sec-Fetch-Site", "same-origin");

        assertThat(sameSite.status()).isEqualTo(303);
        assertThat(sameSite.header("Location")).isEqualTo("/login?next=%2Fdesk%2Fhours");
        assertThat(foreign.header("Location")).isEqualTo("/login?next=%2Fdesk");
    }

    @Test
    void anEditorGetsTheSites403Page() {
        var page = browser.get("/desk", "Authorization", "Bearer " + StaffTokens.valid("EDITOR"));

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.one("h1").text()).isEqualTo("This page is not open to your account");
    }

    @Test
    void theApiStillAnswersProblemsNotRedirects() {
        var response = browser.get("/api/booking/schedule?date=2026-12-01");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void aCrossSiteFormPostToTheDeskIsRefusedEvenWithAValidSession() {
        var crossSite = browser.post("/desk/anything", Map.of("a", "b"), "Authorization", DESK,
                "Sec-Fetch-Site", "cross-site");
        var foreignOrigin = browser.post("/desk/anything", Map.of("a", "b"), "Authorization", DESK,
                "Origin", "https://evil.example");
        var neitherHeader = browser.post("/desk/anything", Map.of("a", "b"), "Authorization", DESK);

        assertThat(crossSite.status()).isEqualTo(403);
        assertThat(crossSite.one("h1").text()).isEqualTo("That form came from another site");
        assertThat(foreignOrigin.status()).isEqualTo(403);
        assertThat(neitherHeader.status()).isEqualTo(403);
    }
}
