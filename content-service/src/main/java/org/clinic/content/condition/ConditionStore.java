package org.clinic.content.condition;

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
 * Condition pages for their editors. As for authors no history is kept, so a stale save's 409 lists the fields where
 * the stored page differs from what was sent. A save moves {@code updated_at}, which the sitemap reports.
 */
@Repository
public class ConditionStore {

    private static final String SELECT = """
            SELECT slug, name, summary, symptoms, treatments, recommended_appointment_type_id, updated_at, updated_by,
                   version
            FROM conditions""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;

    ConditionStore(JdbcClient jdbc, Clock clock, ContentProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    public List<EditorCondition> all() {
        return jdbc.sql(SELECT + " ORDER BY name, slug").query(this::condition).list();
    }

    public Optional<EditorCondition> find(String slug) {
        return jdbc.sql(SELECT + " WHERE slug = :slug").param("slug", slug).query(this::condition).optional();
    }

    public EditorCondition create(NewCondition condition, String who) {
        ConditionDetails d = condition.details();
        try {
            jdbc.sql("""
                    INSERT INTO conditions (id, slug, name, summary, symptoms, treatments,
                                            recommended_appointment_type_id, version, updated_at, updated_by)
                    VALUES (:id, :slug, :name, :summary, :symptoms, :treatments, :type, 1, :at, :who)""")
                    .param("id", UUID.randomUUID()).param("slug", condition.slug()).param("name", d.name())
                    .param("summary", d.summary()).param("symptoms", d.symptoms().toArray(String[]::new))
                    .param("treatments", d.treatments().toArray(String[]::new))
                    .param("type", d.recommendedAppointmentTypeId()).param("at", OffsetDateTime.now(clock))
                    .param("who", who).update();
        } catch (DuplicateKeyException e) {
            throw new ApiProblemException(HttpStatus.CONFLICT, "Address taken", "Another condition page has this slug.")
                    .with("errors", List.of(new ApiProblemException.FieldProblem("slug",
                            "is the address of another condition page")));
        }
        return find(condition.slug()).orElseThrow();
    }

    /** Saves in one statement that also checks the version, so two saves cannot both win. */
    public EditorCondition save(String slug, int expected, ConditionDetails d, String who) {
        int saved = jdbc.sql("""
                UPDATE conditions SET name = :name, summary = :summary, symptoms = :symptoms, treatments = :treatments,
                    recommended_appointment_type_id = :type, version = version + 1, updated_at = :at, updated_by = :who
                WHERE slug = :slug AND version = :expected""")
                .param("name", d.name()).param("summary", d.summary())
                .param("symptoms", d.symptoms().toArray(String[]::new))
                .param("treatments", d.treatments().toArray(String[]::new))
                .param("type", d.recommendedAppointmentTypeId()).param("at", OffsetDateTime.now(clock))
                .param("who", who).param("slug", slug).param("expected", expected).update();
        EditorCondition current = find(slug)
                .orElseThrow(() -> ApiProblemException.notFound("No condition page has this address."));
        if (saved == 0) {
            List<String> differing = current.fields().entrySet().stream()
                    .filter(field -> !Objects.equals(field.getValue(), d.fields().get(field.getKey())))
                    .map(Map.Entry::getKey).toList();
            throw EditConflict.of("condition page", expected, current.version(), current.updatedBy(),
                    current.updatedAt(), differing, null, current, d);
        }
        return current;
    }

    private EditorCondition condition(ResultSet rs, int n) throws SQLException {
        return new EditorCondition(rs.getString("slug"), rs.getString("name"), rs.getString("summary"),
                List.of((String[]) rs.getArray("symptoms").getArray()),
                List.of((String[]) rs.getArray("treatments").getArray()),
                rs.getObject("recommended_appointment_type_id", UUID.class),
                rs.getObject("updated_at", OffsetDateTime.class).atZoneSameInstant(zone).toOffsetDateTime(),
                rs.getString("updated_by"), rs.getInt("version"));
    }
}
