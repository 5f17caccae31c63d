package org.clinic.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javax.imageio.ImageIO;
import org.clinic.localstack.browser.Browser;
import org.clinic.localstack.browser.DeskSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The image library in a real browser, through the gateway: the demo editor uploads a photo with its alt text, copies
 * the Markdown the list offers into an article, and readers see the picture on the public page, loaded lazily at its
 * own size. On a phone without JavaScript a refused upload shows the form again with the reason. Every page is
 * checked with axe and for sideways scrolling.
 */
@ExtendWith(RunningStack.class)
class EditorImagesIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void anUploadedPhotoGoesIntoAnArticleThatReadersSee() throws Exception {
        LocalStack stack = RunningStack.stack();
        String site = stack.gatewayUrl();
        Path photo = photo(1800, 1200);
        try (Browser browser = Browser.open("editor-images", Browser.Viewport.LAPTOP, true)) {
            new DeskSteps(browser, site).signInAt("/editor/images", "editor", stack.staffPasswords().get("editor"));
            browser.waitFor("#upload-image");
            browser.check("image-library");

            browser.clickAndWaitFor("#upload-image", "#image-form");
            browser.find("#image-file").sendKeys(photo.toString());
            browser.type("#image-alt", "A patient stretching her calf against a wall");
            browser.check("upload-form");
            browser.clickAndWaitFor("#upload", "#added");

            String markdown = browser.find("#added-markdown").getAttribute("value");
            assertThat(markdown).matches("!\\[A patient stretching her calf against a wall]"
                    + "\\(/images/[0-9a-f-]{36}/web-1200x800\\.jpg\\)");
            assertThat(browser.find(".image-row--new .image-snippet").getAttribute("value")).isEqualTo(markdown);
            browser.check("uploaded");

            String editor = token(stack, "editor");
            send(site, "/api/content/articles", editor, Map.of("title", "Calf stretches against a wall",
                    "bodyMarkdown", "## How\n\n" + markdown + "\n\nHold each for thirty seconds.",
                    "authorSlug", "maya-lin"));
            send(site, "/api/content/articles/calf-stretches-against-a-wall/publish", editor, Map.of());
            browser.visit(site + "/articles/calf-stretches-against-a-wall");
            var image = browser.waitFor(".article__body img");
            assertThat(image.getAttribute("alt")).isEqualTo("A patient stretching her calf against a wall");
            assertThat(image.getAttribute("loading")).isEqualTo("lazy");
            assertThat(image.getDomAttribute("width")).isEqualTo("1200");
            var page = (JavascriptExecutor) browser.driver();
            page.executeScript("arguments[0].scrollIntoView()", image);
            // Served through the gateway's /images route, decoded by the browser at the web variant's size.
            await().atMost(Duration.ofSeconds(15)).until(() -> ((Number) page.executeScript(
                    "return arguments[0].complete ? arguments[0].naturalWidth : 0", image)).intValue() == 1200);
            browser.check("article-with-image");
        }
    }

    @Test
    void onAPhoneWithoutJavaScriptARefusedUploadShowsTheFormAgainWithTheReason() throws Exception {
        LocalStack stack = RunningStack.stack();
        String site = stack.gatewayUrl();
        Path notAnImage = Files.createTempFile("holiday", ".jpg");
        Files.writeString(notAnImage, "<?php echo 'not a photo'; ?>");
        try (Browser browser = Browser.open("editor-images-phone-no-js", Browser.Viewport.PHONE, false)) {
            new DeskSteps(browser, site).signInQuickly("editor", stack.staffPasswords().get("editor"));
            browser.visit(site + "/editor/images/new");
            browser.waitFor("#image-form");
            browser.check("upload-form-phone");

            browser.find("#image-file").sendKeys(notAnImage.toString());
            browser.type("#image-alt", "Our waiting room");
            browser.clickAndWaitFor("#upload", "#error-summary");
            assertThat(browser.find("#image-file-error").getText()).contains("not a PNG, JPEG or WebP");
            assertThat(browser.find("#image-alt").getAttribute("value")).isEqualTo("Our waiting room");
            browser.check("upload-refused-phone");

            browser.find("#image-file").sendKeys(photo(800, 600).toString());
            browser.clickAndWaitFor("#upload", "#added");
            assertThat(browser.find("#added-markdown").getAttribute("value")).startsWith("![Our waiting room](");
            browser.check("image-library-phone");
        }
    }

    /** A picture with something to see in a screenshot: a sky-to-grass gradient and a sun. */
    private static Path photo(int width, int height) throws Exception {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0x8ec5e6), 0, height * 0.7f, new Color(0xdff0e0)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x5a8f4e));
        g.fillRect(0, (int) (height * 0.7), width, height);
        g.setColor(new Color(0xf2b134));
        g.fillOval(width / 8, height / 8, width / 6, width / 6);
        g.setStroke(new BasicStroke(width / 100f));
        g.setColor(new Color(0x35524a));
        g.drawLine(width / 2, (int) (height * 0.7), width / 2 + width / 10, height / 3);
        g.dispose();
        Path file = Files.createTempFile("photo", ".jpg");
        ImageIO.write(image, "jpeg", file.toFile());
        return file;
    }

    private static String token(LocalStack stack, String user) throws Exception {
        String body = JSON.writeValueAsString(Map.of("username", user, "password", stack.staffPasswords().get(user)));
        HttpResponse<String> login = HTTP.send(
                HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/auth/login"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(login.body()).get("token").asString();
    }

    private static void send(String site, String path, String token, Map<String, Object> body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(site + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
    }
}
