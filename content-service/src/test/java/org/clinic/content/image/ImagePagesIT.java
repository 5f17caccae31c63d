package org.clinic.content.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinic.content.image.TestImages.picture;

import java.nio.charset.StandardCharsets;
import org.clinic.content.EditorTestSupport;
import org.clinic.testsupport.PageClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The image library's pages with JavaScript off: the upload form, its refusals, and the list after an upload. */
class ImagePagesIT extends EditorTestSupport {

    private static final String[] EDITOR = {"Authorization", "Bearer " + ANA};
    private static final String[] POST = {EDITOR[0], EDITOR[1], "Sec-Fetch-Site", "same-origin"};

    private PageClient browser;

    @BeforeEach
    void browser() {
        browser = new PageClient("http://localhost:" + port);
    }

    @AfterEach
    void removeImages() {
        jdbc.sql("DELETE FROM images").update();
    }

    @Test
    void theFormAsksForAnImageFileAndExplainsTheAltText() {
        var form = browser.get("/editor/images/new", EDITOR);

        assertThat(form.status()).isEqualTo(200);
        assertThat(form.one("nav a[aria-current=page]").text()).isEqualTo("Images");
        assertThat(form.one("#image-form").attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(form.one("#image-file").attr("accept")).isEqualTo("image/png,image/jpeg,image/webp");
        assertThat(form.one("#image-alt").hasAttr("required")).isTrue();
        assertThat(form.one("#image-alt").attr("aria-describedby")).isEqualTo("image-alt-hint");
        assertThat(form.one("#image-alt-hint").text()).contains("screen readers");
    }

    @Test
    void anUploadLeadsToTheListWithItsMarkdownReadyToCopy() {
        var posted = Upload.of(TestImages.png(picture(300, 200, false)), "knee.png", "image/png",
                "A knee bent over a foam roller").post(port, "/editor/images", POST);

        assertThat(posted.status()).isEqualTo(303);
        String location = posted.header("Location");
        assertThat(location).matches(".*/editor/images\\?uploaded=[0-9a-f-]{36}#added");
        var list = browser.get(location.replaceFirst("^https?://[^/]+", "").replace("#added", ""), EDITOR);
        String markdown = list.one("#added-markdown").text();
        assertThat(markdown)
                .matches("!\\[A knee bent over a foam roller]\\(/images/[0-9a-f-]{36}/web-300x200\\.jpg\\)");
        var row = list.one(".image-row--new");
        assertThat(row.select(".image-row__alt").text()).isEqualTo("Alt text: A knee bent over a foam roller");
        assertThat(row.select("textarea.image-snippet").text()).isEqualTo(markdown);
        assertThat(row.select("img").attr("src")).isEqualTo(markdown.replaceAll(".*\\((.*)\\)", "$1"));
        assertThat(row.select("img").attr("loading")).isEqualTo("lazy");
        assertThat(browser.get("/editor/images", EDITOR).doc().select("#added, .image-row--new")).isEmpty();
    }

    @Test
    void aRefusedUploadShowsTheFormAgainWithTheReasonAndTheAltTextAsTyped() {
        byte[] php = "<?php echo 'hi'; ?>".getBytes(StandardCharsets.UTF_8);

        var refused = Upload.of(php, "photo.jpg", "image/jpeg", "My photo of the clinic").post(port, "/editor/images",
                POST);

        assertThat(refused.status()).isEqualTo(415);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select("#error-summary a").attr("href")).isEqualTo("#image-file");
        assertThat(page.select("#image-file-error").text())
                .contains("not a PNG, JPEG or WebP", "Choose the file again");
        assertThat(page.select("#image-alt").text()).isEqualTo("My photo of the clinic");
        assertThat(jdbc.sql("SELECT count(*) FROM images").query(Long.class).single()).isZero();
    }

    @Test
    void missingAltTextIsAskedFor() {
        var refused = Upload.of(TestImages.png(picture(20, 20, false)), "a.png", "image/png", "  ")
                .post(port, "/editor/images", POST);

        assertThat(refused.status()).isEqualTo(400);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#image-alt").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#image-alt-error").text()).startsWith("Describe the image");
        assertThat(page.select("#image-file-error").text()).startsWith("Choose the file again");
        assertThat(browser.get("/editor/images?uploaded=junk", "Authorization", "Bearer " + staffToken("EDITOR"))
                .status()).isEqualTo(200);
    }

    @Test
    void theDeskMayNotSeeTheLibrary() {
        var desk = browser.get("/editor/images", "Authorization", "Bearer " + staffToken("FRONT_DESK"));

        assertThat(desk.status()).isEqualTo(403);
    }
}
