package org.clinic.content.image;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clinic.content.image.ImageEncoder.Encoded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Images and their encodings in the content database, shared by every instance. */
@Repository
class ImageStore {

    /** How many images the editors' list shows; newest first. */
    static final int LIST_LIMIT = 200;

    private final JdbcClient jdbc;

    ImageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(UUID id, String altText, String fileName, String uploadedBy, OffsetDateTime uploadedAt,
               String fullFile, int fullWidth, int fullHeight, String webFile, int webWidth, int webHeight) {
    }

    record File(String mediaType, byte[] bytes) {
    }

    /** The image and both encodings, or nothing. */
    @Transactional
    void add(UUID id, String altText, String fileName, String uploadedBy, Instant uploadedAt, Encoded full,
            Encoded web) {
        jdbc.sql("""
                INSERT INTO images (id, alt_text, file_name, uploaded_by, uploaded_at)
                VALUES (:id, :alt, :file, :by, :at)""")
                .param("id", id).param("alt", altText).param("file", fileName).param("by", uploadedBy)
                .param("at", OffsetDateTime.ofInstant(uploadedAt, ZoneOffset.UTC)).update();
        addVariant(id, "full", full);
        addVariant(id, "web", web);
    }

    private void addVariant(UUID id, String variant, Encoded encoded) {
        jdbc.sql("""
                INSERT INTO image_variants (image_id, variant, file_name, media_type, width, height, bytes)
                VALUES (:id, :variant, :file, :type, :width, :height, :bytes)""")
                .param("id", id).param("variant", variant).param("file", fileName(variant, encoded))
                .param("type", encoded.mediaType()).param("width", encoded.width())
                .param("height", encoded.height()).param("bytes", encoded.bytes()).update();
    }

    /** "web-1200x800.jpg": the variant, its size in pixels and its format. */
    static String fileName(String variant, Encoded encoded) {
        return variant + "-" + encoded.width() + "x" + encoded.height() + "." + encoded.extension();
    }

    List<Row> newest() {
        return jdbc.sql(ROWS + " ORDER BY i.uploaded_at DESC, i.id LIMIT " + LIST_LIMIT).query(Row.class).list();
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql(ROWS + " WHERE i.id = :id").param("id", id).query(Row.class).optional();
    }

    Optional<File> file(UUID id, String fileName) {
        return jdbc.sql("SELECT media_type, bytes FROM image_variants WHERE image_id = :id AND file_name = :file")
                .param("id", id).param("file", fileName).query(File.class).optional();
    }

    private static final String ROWS = """
            SELECT i.id, i.alt_text, i.file_name, i.uploaded_by, i.uploaded_at,
                   f.file_name AS full_file, f.width AS full_width, f.height AS full_height,
                   w.file_name AS web_file, w.width AS web_width, w.height AS web_height
            FROM images i
            JOIN image_variants f ON f.image_id = i.id AND f.variant = 'full'
            JOIN image_variants w ON w.image_id = i.id AND w.variant = 'web'""";
}
