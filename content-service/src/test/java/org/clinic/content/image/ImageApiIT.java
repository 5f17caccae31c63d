package org.clinic.content.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinic.content.image.TestImages.SECRET;
import static org.clinic.content.image.TestImages.picture;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.clinic.content.EditorTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Uploading images through the API: who may, what is accepted (the kind of file read from its bytes), what comes
 * out (re-encoded, metadata gone, a web-sized variant) and how it is served.
 */
class ImageApiIT extends EditorTestSupport {

    private static final String IMAGES = "/api/content/images";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @AfterEach
    void removeImages() {
        jdbc.sql("DELETE FROM images").update();
    }

    @Test
    void onlyEditorsAndAdminsMayUploadOrList() {
        byte[] png = TestImages.png(picture(20, 10, false));

        assertThat(upload(null, png, "a.png", "A gradient").status()).isEqualTo(401);
        assertThat(upload(staffToken("FRONT_DESK"), png, "a.png", "A gradient").status()).isEqualTo(403);
        assertThat(send("GET", IMAGES, null, null).status()).isEqualTo(401);
        assertThat(send("GET", IMAGES, staffToken("FRONT_DESK"), null).status()).isEqualTo(403);
        assertThat(imageCount()).isZero();

        assertThat(upload(staffToken("ADMIN"), png, "a.png", "A gradient").status()).isEqualTo(201);
        assertThat(send("GET", IMAGES, staffToken("ADMIN"), null).status()).isEqualTo(200);
    }

    @Test
    void aPhotoAsPngIsStoredAsJpegWithoutItsTextChunkAndServedForAYear() {
        Upload.Answer created = upload(ANA, TestImages.pngWithText(picture(640, 480, false), SECRET), "walk.png",
                "A physiotherapist guiding a patient's knee");

        assertThat(created.status()).isEqualTo(201);
        JsonNode image = created.json();
        String url = image.get("url").asString();
        assertThat(url).matches("/images/[0-9a-f-]{36}/web-640x480\\.jpg");
        assertThat(created.header("Location")).isEqualTo(url);
        assertThat(image.get("altText").asString()).isEqualTo("A physiotherapist guiding a patient's knee");
        assertThat(image.get("uploadedBy").asString()).isEqualTo("ana");
        assertThat(image.get("fileName").asString()).isEqualTo("walk.png");
        assertThat(image.get("width").asInt()).isEqualTo(640);
        assertThat(image.get("markdown").asString())
                .isEqualTo("![A physiotherapist guiding a patient's knee](" + url + ")");

        HttpResponse<byte[]> served = fetch(url);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(served.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
        assertThat(served.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(TestImages.contains(served.body(), SECRET)).isFalse();
        assertThat(TestImages.contains(served.body(), "tEXt")).isFalse();
        BufferedImage pixels = TestImages.read(served.body());
        assertThat(pixels.getWidth()).isEqualTo(640);
        assertThat(pixels.getHeight()).isEqualTo(480);
    }

    @Test
    void aJpegLosesItsExifAndComment() {
        Upload.Answer created = upload(ANA, TestImages.jpegWithExifAndComment(picture(300, 200, false), SECRET),
                "IMG_0042.JPG", "Resistance band on a wooden floor");

        assertThat(created.status()).isEqualTo(201);
        for (String url : urls(created.json())) {
            HttpResponse<byte[]> served = fetch(url);
            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(TestImages.contains(served.body(), SECRET)).as(url).isFalse();
            assertThat(TestImages.contains(served.body(), "Exif")).as(url).isFalse();
        }
    }

    @Test
    void aTransparentImageStaysPng() {
        Upload.Answer created = upload(ANA, TestImages.png(picture(200, 100, true)), "logo.png",
                "The clinic's logo");

        assertThat(created.status()).isEqualTo(201);
        HttpResponse<byte[]> served = fetch(created.json().get("url").asString());
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(TestImages.read(served.body()).getRGB(10, 50) >>> 24).isZero();
    }

    @Test
    void aLargePhotoIsScaledToTheKeptSizeAndAWebVariant() {
        // Over twice the kept size: decoded at every second pixel, then scaled smoothly.
        Upload.Answer created = upload(ANA, TestImages.jpeg(picture(6000, 1500, false)), "wide.jpg",
                "A wide panorama");

        JsonNode image = created.json();
        assertThat(image.get("fullUrl").asString()).endsWith("/full-2400x600.jpg");
        assertThat(image.get("url").asString()).endsWith("/web-1200x300.jpg");
        BufferedImage web = TestImages.read(fetch(image.get("url").asString()).body());
        assertThat(web.getWidth()).isEqualTo(1200);
        assertThat(web.getHeight()).isEqualTo(300);
    }

    @Test
    void webpPhotosAndTransparentWebpAreAccepted() {
        Upload.Answer photo = upload(ANA, TestImages.resource("photo.webp"), "photo.webp", "A colour gradient");
        Upload.Answer logo = upload(ANA, TestImages.resource("logo.webp"), "logo.webp", "Half of a colour gradient");

        assertThat(photo.status()).as(photo.body()).isEqualTo(201);
        assertThat(photo.json().get("url").asString()).endsWith("/web-48x32.jpg");
        assertThat(logo.status()).as(logo.body()).isEqualTo(201);
        assertThat(logo.json().get("url").asString()).endsWith("/web-48x32.png");
        assertThat(fetch(logo.json().get("url").asString()).headers().firstValue("Content-Type"))
                .hasValue("image/png");
    }

    @Test
    void aPhpFileNamedJpgIsRefusedAs415() {
        byte[] php = "<?php system($_GET['cmd']); ?>".getBytes(StandardCharsets.UTF_8);

        Upload.Answer response = upload(ANA, php, "photo.jpg", "image/jpeg", "A photo");

        assertRefused(response, 415, "file");
    }

    @Test
    void anImageWithBrokenDataIsRefusedAs422() {
        byte[] png = TestImages.png(picture(100, 100, false));
        byte[] broken = java.util.Arrays.copyOf(png, 60);

        assertRefused(upload(ANA, broken, "broken.png", "Broken"), 422, "file");
    }

    /** A small file can claim a huge image: refused from its header, before any pixel is decoded. */
    @Test
    void anImageClaimingAHugeSizeIsRefusedAs422() {
        byte[] png = TestImages.png(picture(10, 10, false));
        java.nio.ByteBuffer.wrap(png).putInt(16, 30_000).putInt(20, 30_000);

        Upload.Answer response = upload(ANA, png, "bomb.png", "Huge");

        assertRefused(response, 422, "file");
        assertThat(response.json().get("detail").asString()).contains("million pixels");
    }

    @Test
    void aFileOverFiveMegabytesIsRefusedAs413() {
        byte[] justOver = new byte[Images.MAX_UPLOAD_BYTES + 1];
        System.arraycopy(TestImages.png(picture(10, 10, false)), 0, justOver, 0, 8);

        assertRefused(upload(ANA, justOver, "big.png", "Big"), 413, "file");
    }

    @Test
    void aTenMegabyteBodyIsRefusedAs413() {
        byte[] tenMegabytes = new byte[10 * 1024 * 1024];
        ThreadLocalRandom.current().nextBytes(tenMegabytes);

        Upload.Answer response = upload(ANA, tenMegabytes, "huge.jpg", "Huge");

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(imageCount()).isZero();
    }

    @Test
    void altTextIsRequiredAndShort() {
        byte[] png = TestImages.png(picture(20, 10, false));

        assertRefused(upload(ANA, png, "a.png", null), 400, "altText");
        assertRefused(upload(ANA, png, "a.png", "   "), 400, "altText");
        assertRefused(upload(ANA, png, "a.png", "x".repeat(301)), 400, "altText");
        assertRefused(upload(ANA, null, null, "No file"), 400, "file");
        assertThat(upload(ANA, png, "a.png", "x".repeat(300)).status()).isEqualTo(201);
    }

    @Test
    void theListShowsTheNewestFirst() {
        upload(ANA, TestImages.png(picture(20, 10, false)), "first.png", "First");
        upload(BEN, TestImages.png(picture(20, 10, false)), "second.png", "Second [draft]");

        JsonNode list = send("GET", IMAGES, ANA, null).json();

        assertThat(list.size()).isEqualTo(2);
        assertThat(list.get(0).get("altText").asString()).isEqualTo("Second [draft]");
        assertThat(list.get(0).get("markdown").asString()).startsWith("![Second \\[draft\\]](/images/");
        assertThat(list.get(1).get("uploadedBy").asString()).isEqualTo("ana");
    }

    @Test
    void unknownImagesAndNamesAre404() {
        String url = upload(ANA, TestImages.png(picture(20, 10, false)), "a.png", "A").json().get("url").asString();

        assertThat(fetch(url.replace("web-20x10", "web-21x10")).statusCode()).isEqualTo(404);
        assertThat(fetch(url.replace(".jpg", ".png")).statusCode()).isEqualTo(404);
        assertThat(fetch("/images/00000000-0000-0000-0000-000000000000/web-20x10.jpg").statusCode()).isEqualTo(404);
        assertThat(fetch("/images/not-an-id/web-20x10.jpg").statusCode()).isEqualTo(404);
    }

    private void assertRefused(Upload.Answer response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(imageCount()).isZero();
    }

    private long imageCount() {
        return jdbc.sql("SELECT count(*) FROM images").query(Long.class).single()
                + jdbc.sql("SELECT count(*) FROM image_variants").query(Long.class).single();
    }

    private static String[] urls(JsonNode image) {
        return new String[] {image.get("url").asString(), image.get("fullUrl").asString()};
    }

    private Upload.Answer upload(String token, byte[] file, String fileName, String altText) {
        return upload(token, file, fileName, "application/octet-stream", altText);
    }

    private Upload.Answer upload(String token, byte[] file, String fileName, String declaredType, String altText) {
        return Upload.of(file, fileName, declaredType, altText)
                .post(port, IMAGES, token == null ? new String[0] : new String[] {"Authorization", "Bearer " + token});
    }

    private HttpResponse<byte[]> fetch(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
