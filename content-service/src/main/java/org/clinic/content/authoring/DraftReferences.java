package org.clinic.content.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.clinic.platform.web.ApiProblemException;
import org.clinic.platform.web.ApiProblemException.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The author and conditions a draft names, found by slug, or a 400 naming every field that names none. Appointment
 * type ids are booking-service's and are not checked here: this service cannot see them.
 */
@Component
class DraftReferences {

    private final JdbcClient jdbc;

    DraftReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Resolved(UUID authorId, List<UUID> conditionIds) {
    }

    Resolved resolve(ArticleDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        UUID author = jdbc.sql("SELECT id FROM authors WHERE slug = :slug").param("slug", draft.authorSlug())
                .query(UUID.class).optional().orElse(null);
        if (author == null) {
            problems.add(new FieldProblem("authorSlug", "no author has this slug"));
        }
        Map<String, UUID> known = jdbc.sql("SELECT slug, id FROM conditions WHERE slug = ANY (CAST(:slugs AS text[]))")
                .param("slugs", draft.conditions().toArray(String[]::new))
                .query((rs, n) -> Map.entry(rs.getString("slug"), rs.getObject("id", UUID.class))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<UUID> conditions = new ArrayList<>();
        for (int i = 0; i < draft.conditions().size(); i++) {
            UUID id = known.get(draft.conditions().get(i));
            if (id == null) {
                problems.add(new FieldProblem("conditions[" + i + "]", "no condition page has this slug"));
            } else {
                conditions.add(id);
            }
        }
        if (!problems.isEmpty()) {
            throw new ApiProblemException(HttpStatus.BAD_REQUEST, "Invalid request", "The request has invalid fields.")
                    .with("errors", problems);
        }
        return new Resolved(author, conditions.stream().sorted().toList());
    }
}
