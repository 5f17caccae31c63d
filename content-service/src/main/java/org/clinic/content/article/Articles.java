package org.clinic.content.article;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.clinic.content.ContentProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads published articles. Drafts never leave this class. */
@Repository
class Articles {

    private static final String TAGS = "ARRAY(SELECT t.tag FROM article_tags t WHERE t.article_id = a.id ORDER BY t.tag)";
    private static final String CONDITIONS = "ARRAY(SELECT c.slug FROM article_conditions ac"
            + " JOIN conditions c ON c.id = ac.condition_id WHERE ac.article_id = a.id ORDER BY c.slug)";

    private final JdbcClient jdbc;
    private final ZoneId zone;

    Articles(JdbcClient jdbc, ContentProperties properties) {
        this.jdbc = jdbc;
        this.zone = properties.timeZone();
    }

    ArticlePage search(ArticleSearch search) {
        // Filters are appended only when present: "(:q IS NULL OR ...)" would leave PostgreSQL unable to type
        // the parameter and keep the planner from using the GIN index.
        var where = new StringBuilder(" WHERE a.status = 'PUBLISHED'");
        Map<String, Object> params = new HashMap<>();
        if (search.q() != null) {
            where.append(" AND a.search @@ websearch_to_tsquery('english', :q)");
            params.put("q", search.q());
        }
        if (search.tag() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = a.id AND t.tag = :tag)");
            params.put("tag", search.tag());
        }
        if (search.condition() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM article_conditions ac JOIN conditions c ON c.id = ac.condition_id"
                    + " WHERE ac.article_id = a.id AND c.slug = :condition)");
            params.put("condition", search.condition());
        }
        String order = search.q() != null
                ? " ORDER BY ts_rank(a.search, websearch_to_tsquery('english', :q)) DESC, a.published_at DESC, a.slug"
                : " ORDER BY a.published_at DESC, a.slug";

        long total = jdbc.sql("SELECT count(*) FROM articles a" + where).params(params).query(Long.class).single();
        List<ArticleSummary> items = total == 0 ? List.of() : jdbc.sql("""
                SELECT a.slug, a.title, a.summary, a.published_at, au.slug AS author_slug, au.name AS author_name,
                       au.credentials AS author_credentials, %s AS tags
                FROM articles a JOIN authors au ON au.id = a.author_id""".formatted(TAGS)
                        + where + order + " LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", search.size())
                .param("offset", search.offset())
                .query((rs, n) -> new ArticleSummary(rs.getString("slug"), rs.getString("title"),
                        rs.getString("summary"),
                        new ArticleSummary.Author(rs.getString("author_slug"), rs.getString("author_name"),
                                rs.getString("author_credentials")),
                        strings(rs.getArray("tags")), instant(rs, "published_at")))
                .list();
        return new ArticlePage(items, search.page(), search.size(), total);
    }

    /**
     * A published article. Its "Book" button preselects the appointment type set for it or, where none is set (the
     * editor's pages do not set one), the type recommended for the first of its conditions that has one.
     */
    Optional<PublishedArticle> findPublished(String slug) {
        return jdbc.sql("""
                SELECT a.id, a.slug, a.title, a.summary, a.body_markdown,
                       COALESCE(a.cta_appointment_type_id,
                           (SELECT c.recommended_appointment_type_id FROM article_conditions ac
                            JOIN conditions c ON c.id = ac.condition_id
                            WHERE ac.article_id = a.id AND c.recommended_appointment_type_id IS NOT NULL
                            ORDER BY c.slug LIMIT 1)) AS cta_appointment_type_id,
                       a.published_at, a.updated_at, au.slug AS author_slug, au.name AS author_name,
                       au.credentials AS author_credentials, au.bio AS author_bio, %s AS tags, %s AS conditions
                FROM articles a JOIN authors au ON au.id = a.author_id
                WHERE a.slug = :slug AND a.status = 'PUBLISHED'""".formatted(TAGS, CONDITIONS))
                .param("slug", slug)
                .query((rs, n) -> new PublishedArticle(rs.getObject("id", UUID.class), rs.getString("slug"),
                        rs.getString("title"), rs.getString("summary"), rs.getString("body_markdown"),
                        new ArticleDetail.Author(rs.getString("author_slug"), rs.getString("author_name"),
                                rs.getString("author_credentials"), rs.getString("author_bio")),
                        strings(rs.getArray("tags")), strings(rs.getArray("conditions")),
                        rs.getObject("cta_appointment_type_id", UUID.class),
                        instant(rs, "published_at"), instant(rs, "updated_at")))
                .optional();
    }

    /** The current address of a published article that had this one before its slug changed. */
    Optional<String> renamedTo(String oldSlug) {
        return jdbc.sql("""
                SELECT a.slug FROM article_old_slugs o JOIN articles a ON a.id = o.article_id
                WHERE o.slug = :slug AND a.status = 'PUBLISHED'""")
                .param("slug", oldSlug).query(String.class).optional();
    }

    /** Other published articles sharing a tag or a condition, those sharing the most first. */
    List<ArticleDetail.Related> relatedTo(UUID articleId, int limit) {
        return jdbc.sql("""
                WITH shared AS (
                    SELECT other.article_id, count(*) AS n
                    FROM article_tags mine JOIN article_tags other ON other.tag = mine.tag
                    WHERE mine.article_id = :id AND other.article_id <> :id
                    GROUP BY other.article_id
                    UNION ALL
                    SELECT other.article_id, count(*)
                    FROM article_conditions mine JOIN article_conditions other ON other.condition_id = mine.condition_id
                    WHERE mine.article_id = :id AND other.article_id <> :id
                    GROUP BY other.article_id)
                SELECT a.slug, a.title
                FROM shared s JOIN articles a ON a.id = s.article_id
                WHERE a.status = 'PUBLISHED'
                GROUP BY a.id, a.slug, a.title, a.published_at
                ORDER BY sum(s.n) DESC, a.published_at DESC, a.slug
                LIMIT :limit""")
                .param("id", articleId)
                .param("limit", limit)
                .query((rs, n) -> new ArticleDetail.Related(rs.getString("slug"), rs.getString("title")))
                .list();
    }

    private OffsetDateTime instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.atZoneSameInstant(zone).toOffsetDateTime();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
