package org.clinic.content.image;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clinic.content.ContentProperties;
import org.clinic.content.image.ImageEncoder.Variants;
import org.springframework.stereotype.Service;

/**
 * Uploading and finding images. An upload is checked (alt text, size, kind of file from its bytes), decoded and
 * re-encoded, and only then stored, in one transaction: a refused or failing upload leaves nothing behind.
 */
@Service
class Images {

    /** What editors may upload; the gateway lets bodies of this size (plus the form's overhead) through. */
    static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
    static final int MAX_ALT_TEXT = 300;
    static final String PATH = "/images/";

    private final ImageEncoder encoder;
    private final ImageStore store;
    private final Clock clock;
    private final ZoneId zone;

    Images(ImageEncoder encoder, ImageStore store, Clock clock, ContentProperties properties) {
        this.encoder = encoder;
        this.store = store;
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    /**
     * @param upload   the file's bytes, null when none was sent
     * @param fileName the name the browser gave it, for the editors' list only
     */
    EditorImage upload(byte[] upload, String fileName, String altText, String editor) {
        String alt = altText(altText);
        if (upload == null || upload.length == 0) {
            throw ImageRefused.invalid("file", "Choose an image file to upload.");
        }
        if (upload.length > MAX_UPLOAD_BYTES) {
            throw ImageRefused.tooLarge("Images may be at most 5 MB.");
        }
        ImageType type = ImageType.of(upload).orElseThrow(ImageRefused::notAnImage);
        Variants variants = encoder.reencode(upload, type);
        UUID id = UUID.randomUUID();
        store.add(id, alt, displayName(fileName), editor, clock.instant(), variants.full(), variants.web());
        return find(id).orElseThrow();
    }

    List<EditorImage> newest() {
        return store.newest().stream().map(this::editorImage).toList();
    }

    Optional<EditorImage> find(UUID id) {
        return store.find(id).map(this::editorImage);
    }

    Optional<ImageStore.File> file(UUID id, String fileName) {
        return store.file(id, fileName);
    }

    /** Required: a screen-reader user learns from it what the image shows. One line, spaces tidied. */
    private static String altText(String altText) {
        String alt = altText == null ? "" : altText.strip().replaceAll("\\s+", " ");
        if (alt.isEmpty()) {
            throw ImageRefused.invalid("altText", "Describe the image: the alt text is what people who cannot "
                    + "see it hear or read instead.");
        }
        if (alt.length() > MAX_ALT_TEXT) {
            throw ImageRefused.invalid("altText", "The alt text may be at most " + MAX_ALT_TEXT + " characters.");
        }
        return alt;
    }

    private static String displayName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").strip();
        name = name.replaceAll("\\p{Cntrl}", "");
        return name.isEmpty() ? "image" : name.length() > 200 ? name.substring(0, 200) : name;
    }

    private EditorImage editorImage(ImageStore.Row row) {
        String url = PATH + row.id() + "/" + row.webFile();
        return new EditorImage(row.id(), row.altText(), row.fileName(), row.uploadedBy(),
                row.uploadedAt().atZoneSameInstant(zone).toOffsetDateTime(), url, row.webWidth(), row.webHeight(),
                PATH + row.id() + "/" + row.fullFile(), row.fullWidth(), row.fullHeight(),
                "![" + markdownText(row.altText()) + "](" + url + ")");
    }

    /** Characters that would end or change the image's alt text in Markdown are escaped. */
    private static String markdownText(String text) {
        return text.replaceAll("([\\\\\\[\\]*_`<>!])", "\\\\$1");
    }
}
