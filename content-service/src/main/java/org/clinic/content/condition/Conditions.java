package org.clinic.content.condition;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads condition pages with the published articles linked to them; article pages show them as sections. */
@Repository
public class Conditions {

    private static final String SELECT = """
            SELECT c.id, c.slug, c.name, c.summary, c.symptoms, c.treatments, c.recommended_appointment_type_id
            FROM conditions c""";

    private final JdbcClient jdbc;

    Conditions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ConditionPage> all() {
        List<Row> rows = jdbc.sql(SELECT + " ORDER BY c.name, c.slug").query(this::row).list();
        Map<UUID, List<ConditionPage.ArticleLink>> articles = publishedArticles(null);
        return rows.stream().map(r -> r.page(articles.getOrDefault(r.id(), List.of()))).toList();
    }

    public Optional<ConditionPage> find(String slug) {
        return jdbc.sql(SELECT + " WHERE c.slug = :slug").param("slug", slug).query(this::row).optional()
                .map(r -> r.page(publishedArticles(r.id()).getOrDefault(r.id(), List.of())));
    }

    /** The conditions with these slugs, in that order; an article lists only a few. */
    public List<ConditionPage> named(List<String> slugs) {
        return slugs.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /**
     * Every condition, by name, with when its page last changed: the page shows its published articles too, so a
     * newer article counts.
     */
    public List<ConditionListing> listings() {
        return jdbc.sql("""
                SELECT c.slug, c.name, c.summary, greatest(c.updated_at, max(a.updated_at)) AS last_modified
                FROM conditions c
                LEFT JOIN article_conditions ac ON ac.condition_id = c.id
                LEFT JOIN articles a ON a.id = ac.article_id AND a.status = 'PUBLISHED'
                GROUP BY c.id ORDER BY c.name, c.slug""")
                .query((rs, n) -> new ConditionListing(rs.getString("slug"), rs.getString("name"),
                        rs.getString("summary"), rs.getObject("last_modified", OffsetDateTime.class)))
                .list();
    }

    /** Drafts linked to a condition stay invisible, as they are everywhere else. */
    private Map<UUID, List<ConditionPage.ArticleLink>> publishedArticles(UUID conditionId) {
        String sql = """
                SELECT ac.condition_id, a.slug, a.title
                FROM article_conditions ac JOIN articles a ON a.id = ac.article_id
                WHERE a.status = 'PUBLISHED'""" + (conditionId == null ? "" : " AND ac.condition_id = :id")
                + " ORDER BY a.published_at DESC, a.slug";
        var statement = jdbc.sql(sql);
        if (conditionId != null) {
            statement = statement.param("id", conditionId);
        }
        return statement.query((rs, n) -> Map.entry(rs.getObject("condition_id", UUID.class),
                        new ConditionPage.ArticleLink(rs.getString("slug"), rs.getString("title"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("name"),
                rs.getString("summary"), strings(rs.getArray("symptoms")), strings(rs.getArray("treatments")),
                rs.getObject("recommended_appointment_type_id", UUID.class));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private record Row(UUID id, String slug, String name, String summary, List<String> symptoms,
            List<String> treatments, UUID recommendedAppointmentTypeId) {

        ConditionPage page(List<ConditionPage.ArticleLink> articles) {
            return new ConditionPage(slug, name, summary, symptoms, treatments, articles, recommendedAppointmentTypeId);
        }
    }
}
