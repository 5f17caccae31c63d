package org.clinic.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.clinic.localstack.browser.Browser;
import org.clinic.localstack.browser.DeskSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A clinic with twenty practitioners on a 1366x768 desk screen: the page itself never scrolls sideways, the grid
 * scrolls inside its box, and while it does the practitioners' names (top) and the times (left) stay in view.
 * The demo clinic has three; seventeen more are added to booking-service's database and removed afterwards.
 */
@ExtendWith(RunningStack.class)
class DeskTwentyPractitionersIT {

    private static final String EXTRA = "33333333-0000-0000-0000-0000000000";

    @Test
    void twentyPractitionersStayUsableOnADeskScreen() throws SQLException {
        LocalStack stack = RunningStack.stack();
        LocalDate day = LocalDate.now(ZoneId.of("America/New_York")).plusDays(14)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        try (Connection db = bookingDatabase(stack)) {
            addPractitioners(db);
            try (Browser browser = Browser.open("desk-twenty-practitioners", Browser.Viewport.LAPTOP, true)) {
                var desk = new DeskSteps(browser, stack.gatewayUrl());
                desk.signInQuickly("desk", stack.staffPasswords().get("desk"));
                // The practitioner list is cached for a few seconds in booking-service.
                new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).pollingEvery(Duration.ofSeconds(1))
                        .until(d -> {
                            desk.open("/desk?date=" + day);
                            return d.findElements(By.cssSelector("thead th.col-head")).size() == 20;
                        });
                browser.check("day-with-twenty");

                WebElement grid = browser.find("#schedule-grid");
                int gridLeft = grid.getRect().getX();
                int gridTop = grid.getRect().getY();
                browser.script("var g = document.getElementById('schedule-grid'); g.scrollLeft = g.scrollWidth;"
                        + " g.scrollTop = 400;");
                WebElement last = browser.findAll("thead th.col-head").get(19);
                int viewport = ((Number) browser.script("return document.documentElement.clientWidth")).intValue();
                assertThat(last.getRect().getX() + last.getRect().getWidth()).as("last column in view")
                        .isLessThanOrEqualTo(viewport);
                WebElement firstTime = browser.find("tbody tr:first-child th");
                assertThat(browser.find("thead th.time-col").getRect().getX()).as("time column kept at the left")
                        .isBetween(gridLeft - 1, gridLeft + 2);
                assertThat(last.getRect().getY()).as("names kept at the top").isBetween(gridTop - 1, gridTop + 2);
                assertThat(firstTime.getRect().getY()).as("rows scrolled under the names").isLessThan(gridTop);
                browser.screenshot("scrolled-to-the-twentieth");
            } finally {
                removePractitioners(db);
            }
        }
    }

    private static Connection bookingDatabase(LocalStack stack) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + stack.settings().postgresPort() + "/booking",
                "postgres", "");
    }

    private static void addPractitioners(Connection db) throws SQLException {
        try (var insert = db.prepareStatement("INSERT INTO practitioner (id, name, credentials, title, active)"
                + " VALUES (CAST(? AS uuid), ?, 'PT', 'Physical Therapist', true) ON CONFLICT DO NOTHING")) {
            for (int i = 10; i < 27; i++) {
                insert.setString(1, EXTRA + i);
                insert.setString(2, "Zz Extra Therapist " + i);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void removePractitioners(Connection db) throws SQLException {
        try (var delete = db.prepareStatement("DELETE FROM practitioner WHERE CAST(id AS text) LIKE ?")) {
            delete.setString(1, EXTRA + "%");
            delete.executeUpdate();
        }
    }
}
