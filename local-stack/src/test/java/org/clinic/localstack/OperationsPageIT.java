package org.clinic.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.clinic.localstack.browser.Browser;
import org.clinic.localstack.browser.DeskSteps;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.json.JsonMapper;

/**
 * The admin's operations page through the gateway, in a browser: the three consuming services' dead letters on one
 * page (the notification and content parts loaded from those services by htmx), Replays from it, at the desk's
 * laptop and on a phone (rows as cards, nothing scrolling sideways), with JavaScript and without; accessible (axe)
 * and never wider than the screen.
 */
@ExtendWith(RunningStack.class)
class OperationsPageIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String APPOINTMENT_KEY = UUID.randomUUID().toString();
    private static final String DELIVERY_KEY = UUID.randomUUID().toString();
    /** A second unreadable appointment event, for the replay from content's panel without JavaScript. */
    private static final String CONTENT_KEY = UUID.randomUUID().toString();

    /**
     * One unreadable record for each topic (an appointment event is read by notification- and content-service both)
     * and one more appointment event, and wait until all are dead letters.
     */
    @BeforeAll
    static void unreadableRecords() throws Exception {
        LocalStack stack = RunningStack.stack();
        try (var producer = new KafkaProducer<String, String>(Map.of("bootstrap.servers",
                "localhost:" + stack.settings().kafkaPort()), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("booking.appointment-events", APPOINTMENT_KEY,
                    "{\"eventType\": \"AppointmentBooked\", oops")).get();
            producer.send(new ProducerRecord<>("notification.delivery-events", DELIVERY_KEY,
                    "{\"eventType\": \"NotificationFailed\", oops")).get();
            producer.send(new ProducerRecord<>("booking.appointment-events", CONTENT_KEY,
                    "{\"eventType\": \"AppointmentCancelled\", oops")).get();
        }
        String token = adminToken(stack);
        await().atMost(Duration.ofSeconds(60)).until(() -> get(stack, "/api/notifications/dead-letters", token)
                .contains(APPOINTMENT_KEY) && get(stack, "/api/booking/dead-letters", token).contains(DELIVERY_KEY)
                && get(stack, "/api/content/dead-letters", token).contains(CONTENT_KEY));
    }

    @Test
    void anAdminSeesBothServicesDeadLettersOnOnePageAndReplaysOne() {
        LocalStack stack = RunningStack.stack();
        try (Browser browser = Browser.open("operations", Browser.Viewport.LAPTOP, true)) {
            var desk = new DeskSteps(browser, stack.gatewayUrl());
            desk.signInQuickly("admin", stack.staffPasswords().get("admin"));
            desk.open("/desk");
            browser.clickAndWaitFor("#operations-link", "#notification-problems");
            browser.waitFor("#content-problems");
            assertThat(browser.find("#booking-dead-letters").getText()).contains(DELIVERY_KEY);
            assertThat(browser.find("#notification-dead-letters").getText()).contains(APPOINTMENT_KEY);
            assertThat(browser.find("#content-dead-letters").getText()).contains(APPOINTMENT_KEY);
            browser.check("operations");

            replayButton(browser, "#content-dead-letters", APPOINTMENT_KEY).click();
            browser.waitFor("#content-problems-notice");
            assertThat(browser.find("#content-problems-notice").getText()).startsWith("Replayed");
            browser.script("document.getElementById('content-problems').scrollIntoView()");
            browser.screenshot("content-replayed");

            replayButton(browser, "#notification-dead-letters", APPOINTMENT_KEY).click();
            browser.waitFor("#notification-problems-notice");
            assertThat(browser.find("#notification-problems-notice").getText()).startsWith("Replayed");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/desk/operations");
            browser.check("replayed");
        }
    }

    @Test
    void onAPhoneAndWithoutJavaScriptThePageStillWorks() {
        LocalStack stack = RunningStack.stack();
        try (Browser browser = Browser.open("operations-phone", Browser.Viewport.PHONE, true)) {
            new DeskSteps(browser, stack.gatewayUrl()).signInQuickly("admin", stack.staffPasswords().get("admin"));
            browser.visit(stack.gatewayUrl() + "/desk/operations");
            browser.waitFor("#notification-problems");
            browser.waitFor("#content-problems");
            browser.check("operations-phone");
            browser.script("document.getElementById('content-problems').scrollIntoView()");
            browser.screenshot("operations-phone-content");
            // Rows are cards on a phone: no table needs scrolling sideways to be read.
            assertThat((List<?>) browser.script("return Array.from(document.querySelectorAll('.table-scroll'))"
                    + ".filter(e => e.scrollWidth > e.clientWidth).map(e => e.getAttribute('aria-labelledby'))"))
                    .isEmpty();
        }
        try (Browser browser = Browser.open("operations-no-js", Browser.Viewport.DESK, false)) {
            var desk = new DeskSteps(browser, stack.gatewayUrl());
            desk.signInQuickly("admin", stack.staffPasswords().get("admin"));
            desk.open("/desk/operations");
            browser.check("operations-no-js");
            browser.clickAndWaitFor("#notification-problems-slot a", "#notification-problems");
            assertThat(browser.driver().getTitle()).isEqualTo("Notification problems");
            browser.check("notification-panel-on-its-own");

            desk.open("/desk/operations");
            browser.clickAndWaitFor("#content-problems-slot a", "#content-problems");
            assertThat(browser.driver().getTitle()).startsWith("Content problems");
            browser.check("content-panel-on-its-own");
            replayButton(browser, "#content-dead-letters", CONTENT_KEY).click();
            browser.waitFor("#notice");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/desk/operations?notice=replayed");
            assertThat(browser.find("#notice").getText()).startsWith("Replayed");
        }
    }

    /** The Replay button of the first dead letter under this key not yet replayed. */
    private static WebElement replayButton(Browser browser, String table, String key) {
        return browser.findAll(table + " tr").stream()
                .filter(tr -> tr.getText().contains(key) && !tr.findElements(By.cssSelector("button")).isEmpty())
                .findFirst().orElseThrow().findElement(By.cssSelector("button"));
    }

    private static String adminToken(LocalStack stack) throws Exception {
        String body = JSON.writeValueAsString(Map.of("username", "admin", "password",
                stack.staffPasswords().get("admin")));
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/auth/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(login.body()).get("token").asString();
    }

    private static String get(LocalStack stack, String path, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
