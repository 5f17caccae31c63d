package org.clinic.content.authoring;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clinic.content.ContentProperties;
import org.clinic.content.revision.ArticleSnapshot;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes articles with their tags, conditions and old addresses. Every change goes through a locked row. */
@Repository
public class ArticleStore {

    private static final String LOCK = """
            SELECT a.id, a.version, a.slug, a.title, a.summary, a.body_markdown, a.author_id,
                   a.cta_appointment_type_id, a.status, a.publish_at, a.published_at, a.updated_at, a.updated_by,
                   ARRAY(SELECT t.tag FROM article_tags t WHERE t.article_id = a.id ORDER BY t.tag) AS tags,
                   ARRAY(SELECT ac.condition_id FROM article_conditions ac WHERE ac.article_id = a.id
                         ORDER BY ac.condition_id) AS condition_ids
            FROM articles a WHERE a.id = :id FOR UPDATE OF a""";

    private final JdbcClient jdbc;
    private final ZoneId zone;

    ArticleStore(JdbcClient jdbc, ContentProperties properties) {
        this.jdbc = jdbc;
        this.zone = properties.timeZone();
    }

    /** The article at this address now, or the one that had it before its slug changed. */
    Optional<UUID> idOf(String slug) {
        return jdbc.sql("""
                SELECT id FROM (SELECT id, 0 AS rank FROM articles WHERE slug = :slug
                                UNION ALL
                                SELECT article_id, 1 FROM article_old_slugs WHERE slug = :slug) found
                ORDER BY rank LIMIT 1""")
                .param("slug", slug).query(UUID.class).optional();
    }

    /** The article whose current address this is. */
    Optional<UUID> liveOwner(String slug) {
        return jdbc.sql("SELECT id FROM articles WHERE slug = :slug").param("slug", slug).query(UUID.class).optional();
    }

    /** Neither a current nor an old address: free for an article that did not choose its own. */
    boolean unused(String slug) {
        return !jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM articles WHERE slug = :slug)
                    OR EXISTS (SELECT 1 FROM article_old_slugs WHERE slug = :slug)""")
                .param("slug", slug).query(Boolean.class).single();
    }

    /**
     * Locks the article's row until the transaction ends; with {@code skipLocked}, answers empty instead of waiting
     * when another transaction holds it (the scheduled publisher's way of sharing work between instances).
     */
    public Optional<CurrentArticle> lock(UUID id, boolean skipLocked) {
        return jdbc.sql(LOCK + (skipLocked ? " SKIP LOCKED" : "")).param("id", id).query(this::current).optional();
    }

    void insert(UUID id, ArticleSnapshot a, String who, OffsetDateTime at) {
        try {
            jdbc.sql("""
                    INSERT INTO articles (id, slug, title, summary, body_markdown, status, author_id,
                                          cta_appointment_type_id, publish_at, created_at, updated_at, updated_by, version)
                    VALUES (:id, :slug, :title, :summary, :body, :status, :author, :cta, :publishAt, :at, :at, :who, 1)""")
                    .param("id", id).param("slug", a.slug()).param("title", a.title()).param("summary", a.summary())
                    .param("body", a.bodyMarkdown()).param("status", a.status()).param("author", a.authorId())
                    .param("cta", a.appointmentTypeId()).param("publishAt", a.publishAt()).param("at", at)
                    .param("who", who).update();
        } catch (DuplicateKeyException e) {
            throw slugTaken();
        }
        links(id, a);
    }

    void update(UUID id, ArticleSnapshot a, OffsetDateTime publishedAt, int version, String who, OffsetDateTime at) {
        try {
            jdbc.sql("""
                    UPDATE articles SET slug = :slug, title = :title, summary = :summary, body_markdown = :body,
                        status = :status, author_id = :author, cta_appointment_type_id = :cta, publish_at = :publishAt,
                        published_at = :publishedAt, version = :version, updated_at = :at, updated_by = :who
                    WHERE id = :id""")
                    .param("id", id).param("slug", a.slug()).param("title", a.title()).param("summary", a.summary())
                    .param("body", a.bodyMarkdown()).param("status", a.status()).param("author", a.authorId())
                    .param("cta", a.appointmentTypeId()).param("publishAt", a.publishAt())
                    .param("publishedAt", publishedAt).param("version", version).param("at", at).param("who", who)
                    .update();
        } catch (DuplicateKeyException e) {
            throw slugTaken();
        }
        jdbc.sql("DELETE FROM article_tags WHERE article_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM article_conditions WHERE article_id = :id").param("id", id).update();
        links(id, a);
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM articles WHERE id = :id").param("id", id).update();
    }

    /** The article's previous address keeps leading to it. */
    void retire(String oldSlug, UUID id, OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO article_old_slugs (slug, article_id, retired_at) VALUES (:slug, :id, :at)
                ON CONFLICT (slug) DO UPDATE SET article_id = EXCLUDED.article_id, retired_at = EXCLUDED.retired_at""")
                .param("slug", oldSlug).param("id", id).param("at", at).update();
    }

    /** An address becomes an article's own: it no longer redirects anywhere. */
    void claim(String slug) {
        jdbc.sql("DELETE FROM article_old_slugs WHERE slug = :slug").param("slug", slug).update();
    }

    static ApiProblemException slugTaken() {
        return new ApiProblemException(HttpStatus.CONFLICT, "Address taken",
                "Another article has this address; choose another slug.")
                .with("errors", List.of(new ApiProblemException.FieldProblem("slug",
                        "is the address of another article")));
    }

    /** Conditions that were removed meanwhile are left out rather than failing a restore. */
    private void links(UUID id, ArticleSnapshot a) {
        jdbc.sql("INSERT INTO article_tags (article_id, tag) SELECT :id, unnest(CAST(:tags AS text[]))")
                .param("id", id).param("tags", a.tags().toArray(String[]::new)).update();
        jdbc.sql("""
                INSERT INTO article_conditions (article_id, condition_id)
                SELECT :id, c.id FROM conditions c WHERE c.id = ANY (CAST(:conditions AS uuid[]))""")
                .param("id", id).param("conditions", a.conditionIds().toArray(UUID[]::new)).update();
    }

    private CurrentArticle current(ResultSet rs, int n) throws SQLException {
        var snapshot = new ArticleSnapshot(rs.getString("slug"), rs.getString("title"), rs.getString("summary"),
                rs.getString("body_markdown"), rs.getObject("author_id", UUID.class),
                List.of((String[]) rs.getArray("tags").getArray()), uuids(rs.getArray("condition_ids")),
                rs.getObject("cta_appointment_type_id", UUID.class), rs.getString("status"),
                instant(rs, "publish_at"));
        return new CurrentArticle(rs.getObject("id", UUID.class), rs.getInt("version"), snapshot,
                instant(rs, "published_at"), instant(rs, "updated_at"), rs.getString("updated_by"));
    }

    private OffsetDateTime instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.atZoneSameInstant(zone).toOffsetDateTime();
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : List.of((UUID[]) array.getArray());
    }
}
