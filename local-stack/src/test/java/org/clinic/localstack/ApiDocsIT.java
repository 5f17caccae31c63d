package org.clinic.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.clinic.localstack.browser.Browser;
import org.clinic.testsupport.apidocs.OpenApiDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The HTTP API's documentation through the gateway of the running system: each service's OpenAPI document under its
 * route, and the one page that shows all three, readable on a phone and at the desk, with JavaScript off too.
 */
@ExtendWith(RunningStack.class)
class ApiDocsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<String> DOCUMENTS = List.of("/api/booking/openapi.json", "/api/content/openapi.json",
            "/api/notifications/openapi.json");

    @Test
    void eachServicesDocumentIsPublicThroughTheGateway() {
        String gateway = RunningStack.stack().gatewayUrl();
        for (String path : DOCUMENTS) {
            OpenApiDocument document = OpenApiDocument.fetch(gateway, path);
            assertThat(document.operations()).as(path).isNotEmpty();
            assertThat(document.root().at("/servers/0/url").asString()).as(path).isEqualTo("/");
        }
    }

    @Test
    void thePageShowsAllThreeDocumentsUnderTheSitesPolicy() throws Exception {
        var page = HTTP.send(HttpRequest.newBuilder(URI.create(RunningStack.stack().gatewayUrl() + "/api/docs"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'self'").doesNotContain("unsafe-inline"));
        assertThat(page.body()).contains("id=\"booking-post-api-booking-appointments\"",
                "id=\"content-get-api-content-articles-slug\"",
                "id=\"notifications-put-api-notifications-preferences-patientid\"")
                .doesNotContain("unavailable right now");
    }

    @Test
    void thePageIsReadableOnAPhoneAndAtTheDeskWithoutJavaScript() {
        for (Browser.Viewport viewport : List.of(Browser.Viewport.PHONE, Browser.Viewport.LAPTOP)) {
            try (Browser browser = Browser.open("api-docs-" + viewport.name().toLowerCase(), viewport, false)) {
                browser.visit(RunningStack.stack().gatewayUrl() + "/api/docs");
                assertThat(browser.find("h1").getText()).isEqualTo("HTTP API");
                browser.check("page");
                // A <details> opens without script: the booking operation's parameters, body and answers.
                WebElement book = browser.find("#booking-post-api-booking-appointments");
                book.findElement(By.tagName("summary")).click();
                assertThat(book.findElement(By.cssSelector(".api-answers")).getText()).contains("201", "409", "429");
                browser.check("booking-opened");
            }
        }
    }
}
