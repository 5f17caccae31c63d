package org.clinic.content.revision;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clinic.content.ContentProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Article revisions: written by every save, in the save's transaction; read for history, compare and restore. */
@Repository
public class Revisions {

    private static final String INSERT = """
            INSERT INTO article_revisions (article_id, version, action, restored_from, saved_by, saved_at, slug, title,
                summary, body_markdown, author_id, tags, condition_ids, cta_appointment_type_id, status, publish_at)
            VALUES (:article, :version, :action, :restoredFrom, :savedBy, :savedAt, :slug, :title, :summary, :body,
                :author, :tags, :conditions, :cta, :status, :publishAt)""";
    private static final String SELECT = """
            SELECT r.version, r.action, r.restored_from, r.saved_by, r.saved_at, r.slug, r.title, r.summary,
                   r.body_markdown, au.slug AS author_slug, r.tags, r.cta_appointment_type_id, r.status, r.publish_at,
                   ARRAY(SELECT c.slug FROM conditions c WHERE c.id = ANY (r.condition_ids) ORDER BY c.slug)
                       AS condition_slugs
            FROM article_revisions r JOIN authors au ON au.id = r.author_id""";

    private final JdbcClient jdbc;
    private final ZoneId zone;

    Revisions(JdbcClient jdbc, ContentProperties properties) {
        this.jdbc = jdbc;
        this.zone = properties.timeZone();
    }

    public void record(UUID articleId, int version, RevisionAction action, Integer restoredFrom, String savedBy,
            OffsetDateTime savedAt, ArticleSnapshot article) {
        insert(INSERT, articleId, version, action, restoredFrom, savedBy, savedAt, article);
    }

    /** Keeps an article as it was found before its first save through the API (nothing if already kept). */
    public void recordIfMissing(UUID articleId, int version, String savedBy, OffsetDateTime savedAt,
            ArticleSnapshot article) {
        insert(INSERT + " ON CONFLICT (article_id, version) DO NOTHING", articleId, version, RevisionAction.IMPORTED,
                null, savedBy, savedAt, article);
    }

    public Optional<Revision> find(UUID articleId, int version) {
        return jdbc.sql(SELECT + " WHERE r.article_id = :article AND r.version = :version")
                .param("article", articleId).param("version", version)
                .query(this::revision).optional();
    }

    /** A revision's content by ids, as a restore writes it back. */
    public Optional<ArticleSnapshot> snapshot(UUID articleId, int version) {
        return jdbc.sql("""
                SELECT slug, title, summary, body_markdown, author_id, tags, condition_ids, cta_appointment_type_id,
                       status, publish_at
                FROM article_revisions WHERE article_id = :article AND version = :version""")
                .param("article", articleId).param("version", version)
                .query((rs, n) -> new ArticleSnapshot(rs.getString("slug"), rs.getString("title"),
                        rs.getString("summary"), rs.getString("body_markdown"), rs.getObject("author_id", UUID.class),
                        strings(rs.getArray("tags")), List.of((UUID[]) rs.getArray("condition_ids").getArray()),
                        rs.getObject("cta_appointment_type_id", UUID.class), rs.getString("status"),
                        instant(rs, "publish_at")))
                .optional();
    }

    public RevisionPage list(UUID articleId, int page, int size) {
        long total = jdbc.sql("SELECT count(*) FROM article_revisions WHERE article_id = :article")
                .param("article", articleId).query(Long.class).single();
        List<RevisionSummary> items = jdbc.sql(SELECT + " WHERE r.article_id = :article ORDER BY r.version DESC"
                        + " LIMIT :limit OFFSET :offset")
                .param("article", articleId).param("limit", size).param("offset", (long) page * size)
                .query(this::revision).list().stream().map(Revision::toSummary).toList();
        return new RevisionPage(items, page, size, total);
    }

    /** The saves after a version, oldest first: what an editor who read that version has not seen. */
    public List<RevisionSummary> after(UUID articleId, int version) {
        return jdbc.sql(SELECT + " WHERE r.article_id = :article AND r.version > :version ORDER BY r.version")
                .param("article", articleId).param("version", version)
                .query(this::revision).list().stream().map(Revision::toSummary).toList();
    }

    private void insert(String sql, UUID articleId, int version, RevisionAction action, Integer restoredFrom,
            String savedBy, OffsetDateTime savedAt, ArticleSnapshot a) {
        jdbc.sql(sql)
                .param("article", articleId).param("version", version).param("action", action.name())
                .param("restoredFrom", restoredFrom).param("savedBy", savedBy).param("savedAt", savedAt)
                .param("slug", a.slug()).param("title", a.title()).param("summary", a.summary())
                .param("body", a.bodyMarkdown()).param("author", a.authorId())
                .param("tags", a.tags().toArray(String[]::new))
                .param("conditions", a.conditionIds().toArray(UUID[]::new))
                .param("cta", a.appointmentTypeId()).param("status", a.status()).param("publishAt", a.publishAt())
                .update();
    }

    private Revision revision(ResultSet rs, int n) throws SQLException {
        Integer restoredFrom = rs.getObject("restored_from", Integer.class);
        return new Revision(rs.getInt("version"), RevisionAction.valueOf(rs.getString("action")), restoredFrom,
                rs.getString("saved_by"), instant(rs, "saved_at"), rs.getString("slug"), rs.getString("title"),
                rs.getString("summary"), rs.getString("body_markdown"), rs.getString("author_slug"),
                strings(rs.getArray("tags")), strings(rs.getArray("condition_slugs")),
                rs.getObject("cta_appointment_type_id", UUID.class), rs.getString("status"),
                instant(rs, "publish_at"));
    }

    private OffsetDateTime instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.atZoneSameInstant(zone).toOffsetDateTime();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
