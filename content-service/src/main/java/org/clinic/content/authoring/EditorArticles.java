package org.clinic.content.authoring;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.clinic.content.ContentProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads articles in every state for their editors: drafts and scheduled ones too. */
@Repository
public class EditorArticles {

    private static final String TAGS = "ARRAY(SELECT t.tag FROM article_tags t WHERE t.article_id = a.id ORDER BY t.tag)";

    /** The windows of an article's booking figures (as {@code ArticleBookingFigures} counts them for one article). */
    private static final Duration SHORT = Duration.ofDays(30);
    private static final Duration LONG = Duration.ofDays(90);

    private final JdbcClient jdbc;
    private final ZoneId zone;

    EditorArticles(JdbcClient jdbc, ContentProperties properties) {
        this.jdbc = jdbc;
        this.zone = properties.timeZone();
    }

    public Optional<EditorArticle> find(UUID id) {
        return jdbc.sql("""
                SELECT a.id, a.slug, a.title, a.summary, a.body_markdown, a.cta_appointment_type_id, a.status,
                       a.publish_at, a.published_at, a.created_at, a.updated_at, a.updated_by, a.version,
                       au.slug AS author_slug, au.name AS author_name, au.credentials AS author_credentials,
                       %s AS tags,
                       ARRAY(SELECT c.slug FROM article_conditions ac JOIN conditions c ON c.id = ac.condition_id
                             WHERE ac.article_id = a.id ORDER BY c.slug) AS conditions,
                       ARRAY(SELECT o.slug FROM article_old_slugs o WHERE o.article_id = a.id
                             ORDER BY o.retired_at DESC, o.slug) AS former_slugs
                FROM articles a JOIN authors au ON au.id = a.author_id
                WHERE a.id = :id""".formatted(TAGS))
                .param("id", id)
                .query((rs, n) -> new EditorArticle(rs.getObject("id", UUID.class), rs.getString("slug"),
                        strings(rs.getArray("former_slugs")), rs.getString("title"), rs.getString("summary"),
                        rs.getString("body_markdown"), author(rs), strings(rs.getArray("tags")),
                        strings(rs.getArray("conditions")), rs.getObject("cta_appointment_type_id", UUID.class),
                        rs.getString("status"), instant(rs, "publish_at"), instant(rs, "published_at"),
                        instant(rs, "created_at"), instant(rs, "updated_at"), rs.getString("updated_by"),
                        rs.getInt("version")))
                .optional();
    }

    /**
     * One page of the list, most recently changed first unless sorted by the bookings articles brought. Bookings
     * count under the slug a patient booked from, so an article's former addresses count too.
     */
    public EditorArticlePage list(EditorArticleQuery query, Instant now) {
        var where = new StringBuilder(" WHERE true");
        Map<String, Object> params = new HashMap<>();
        if (query.status() != null) {
            where.append(" AND a.status = :status");
            params.put("status", query.status());
        }
        if (query.q() != null) {
            where.append(" AND a.search @@ websearch_to_tsquery('english', :q)");
            params.put("q", query.q());
        }
        long total = jdbc.sql("SELECT count(*) FROM articles a" + where).params(params).query(Long.class).single();
        params.put("since30", now.minus(SHORT).atOffset(ZoneOffset.UTC));
        params.put("since90", now.minus(LONG).atOffset(ZoneOffset.UTC));
        params.put("now", now.atOffset(ZoneOffset.UTC));
        List<EditorArticleSummary> items = total == 0 ? List.of() : jdbc.sql("""
                SELECT a.slug, a.title, a.status, a.publish_at, a.published_at, a.updated_at, a.updated_by, a.version,
                       au.slug AS author_slug, au.name AS author_name, au.credentials AS author_credentials,
                       %s AS tags, f.booked30, f.cancelled30, f.booked90, f.cancelled90
                FROM articles a JOIN authors au ON au.id = a.author_id
                CROSS JOIN LATERAL (
                    SELECT count(*) FILTER (WHERE b.booked_at >= :since30) AS booked30,
                           count(*) FILTER (WHERE b.booked_at >= :since30 AND b.cancelled_at IS NOT NULL) AS cancelled30,
                           count(*) AS booked90,
                           count(*) FILTER (WHERE b.cancelled_at IS NOT NULL) AS cancelled90
                    FROM article_booking b
                    WHERE b.booked_at >= :since90 AND b.booked_at <= :now
                      AND (b.article_slug = a.slug OR b.article_slug IN
                           (SELECT o.slug FROM article_old_slugs o WHERE o.article_id = a.id))) f""".formatted(TAGS)
                        + where + " ORDER BY " + query.sort().orderBy + ", a.updated_at DESC, a.slug"
                        + " LIMIT :limit OFFSET :offset")
                .params(params).param("limit", query.size()).param("offset", (long) query.page() * query.size())
                .query((rs, n) -> new EditorArticleSummary(rs.getString("slug"), rs.getString("title"),
                        rs.getString("status"), author(rs), strings(rs.getArray("tags")), instant(rs, "publish_at"),
                        instant(rs, "published_at"), instant(rs, "updated_at"), rs.getString("updated_by"),
                        rs.getInt("version"), new EditorArticleSummary.Bookings(rs.getInt("booked30"),
                        rs.getInt("cancelled30"), rs.getInt("booked90"), rs.getInt("cancelled90"))))
                .list();
        return new EditorArticlePage(items, query.page(), query.size(), total);
    }

    /** Every tag in use, with how many articles (in any state) carry it: what editors pick from. */
    public List<TagUse> tags() {
        return jdbc.sql("SELECT tag, count(*) AS articles FROM article_tags GROUP BY tag ORDER BY tag")
                .query((rs, n) -> new TagUse(rs.getString("tag"), rs.getInt("articles"))).list();
    }

    public record TagUse(String tag, int articles) {
    }

    private static EditorArticle.Author author(ResultSet rs) throws SQLException {
        return new EditorArticle.Author(rs.getString("author_slug"), rs.getString("author_name"),
                rs.getString("author_credentials"));
    }

    private OffsetDateTime instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.atZoneSameInstant(zone).toOffsetDateTime();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
