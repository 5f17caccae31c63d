package org.clinic.content.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.clinic.content.ContentProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Published articles for the pages that list them outside this feature, and the topics readers can browse. */
@Repository
public class ArticleListings {

    private final JdbcClient jdbc;
    private final ZoneId zone;

    ArticleListings(JdbcClient jdbc, ContentProperties properties) {
        this.jdbc = jdbc;
        this.zone = properties.timeZone();
    }

    /** Newest first, the order of the home page and the feed. */
    public List<ArticleListing> newest(int limit) {
        return jdbc.sql("""
                SELECT a.slug, a.title, a.summary, au.name AS author_name, a.published_at, a.updated_at
                FROM articles a JOIN authors au ON au.id = a.author_id
                WHERE a.status = 'PUBLISHED'
                ORDER BY a.published_at DESC, a.slug
                LIMIT :limit""")
                .param("limit", limit)
                .query((rs, n) -> new ArticleListing(rs.getString("slug"), rs.getString("title"),
                        rs.getString("summary"), rs.getString("author_name"), instant(rs, "published_at"),
                        instant(rs, "updated_at")))
                .list();
    }

    /** As {@link #newest}, with each article's Markdown body. */
    List<ListedBody> newestWithBodies(int limit) {
        return jdbc.sql("""
                SELECT a.slug, a.title, a.summary, a.body_markdown, au.name AS author_name, a.published_at,
                       a.updated_at
                FROM articles a JOIN authors au ON au.id = a.author_id
                WHERE a.status = 'PUBLISHED'
                ORDER BY a.published_at DESC, a.slug
                LIMIT :limit""")
                .param("limit", limit)
                .query((rs, n) -> new ListedBody(new ArticleListing(rs.getString("slug"), rs.getString("title"),
                        rs.getString("summary"), rs.getString("author_name"), instant(rs, "published_at"),
                        instant(rs, "updated_at")), rs.getString("body_markdown")))
                .list();
    }

    record ListedBody(ArticleListing listing, String bodyMarkdown) {
    }

    /** The tags of published articles, so a topic link never leads to an empty list. */
    List<String> tags() {
        return jdbc.sql("""
                SELECT DISTINCT t.tag FROM article_tags t JOIN articles a ON a.id = t.article_id
                WHERE a.status = 'PUBLISHED' ORDER BY t.tag""")
                .query(String.class).list();
    }

    private OffsetDateTime instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.atZoneSameInstant(zone).toOffsetDateTime();
    }
}
