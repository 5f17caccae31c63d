package org.clinic.content.author;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.clinic.content.ContentProperties;
import org.clinic.content.editorial.EditConflict;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Authors for their editors. No history is kept for them, so a stale save's 409 lists the fields where the stored
 * author differs from what was sent (what the save would have overwritten).
 */
@Repository
public class Authors {

    private static final String SELECT = "SELECT slug, name, credentials, bio, updated_at, updated_by, version FROM authors";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;

    Authors(JdbcClient jdbc, Clock clock, ContentProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    public List<EditorAuthor> all() {
        return jdbc.sql(SELECT + " ORDER BY name, slug").query(this::author).list();
    }

    public Optional<EditorAuthor> find(String slug) {
        return jdbc.sql(SELECT + " WHERE slug = :slug").param("slug", slug).query(this::author).optional();
    }

    public EditorAuthor create(NewAuthor author, String who) {
        try {
            jdbc.sql("""
                    INSERT INTO authors (id, slug, name, credentials, bio, version, updated_at, updated_by)
                    VALUES (:id, :slug, :name, :credentials, :bio, 1, :at, :who)""")
                    .param("id", UUID.randomUUID()).param("slug", author.slug()).param("name", author.name())
                    .param("credentials", author.details().credentials()).param("bio", author.details().bio())
                    .param("at", OffsetDateTime.now(clock)).param("who", who).update();
        } catch (DuplicateKeyException e) {
            throw new ApiProblemException(HttpStatus.CONFLICT, "Slug taken", "Another author has this slug.")
                    .with("errors", List.of(new ApiProblemException.FieldProblem("slug", "is another author's")));
        }
        return find(author.slug()).orElseThrow();
    }

    /** Saves in one statement that also checks the version, so two saves cannot both win. */
    public EditorAuthor save(String slug, int expected, AuthorDetails details, String who) {
        int saved = jdbc.sql("""
                UPDATE authors SET name = :name, credentials = :credentials, bio = :bio, version = version + 1,
                    updated_at = :at, updated_by = :who
                WHERE slug = :slug AND version = :expected""")
                .param("name", details.name()).param("credentials", details.credentials()).param("bio", details.bio())
                .param("at", OffsetDateTime.now(clock)).param("who", who).param("slug", slug)
                .param("expected", expected).update();
        EditorAuthor current = find(slug).orElseThrow(() -> ApiProblemException.notFound("No author has this slug."));
        if (saved == 0) {
            List<String> differing = current.fields().entrySet().stream()
                    .filter(field -> !Objects.equals(field.getValue(), details.fields().get(field.getKey())))
                    .map(Map.Entry::getKey).toList();
            throw EditConflict.of("author", expected, current.version(), current.updatedBy(), current.updatedAt(),
                    differing, null, current, details);
        }
        return current;
    }

    private EditorAuthor author(ResultSet rs, int n) throws SQLException {
        return new EditorAuthor(rs.getString("slug"), rs.getString("name"), rs.getString("credentials"),
                rs.getString("bio"), rs.getObject("updated_at", OffsetDateTime.class).atZoneSameInstant(zone)
                        .toOffsetDateTime(), rs.getString("updated_by"), rs.getInt("version"));
    }
}
