package org.clinic.content.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.clinic.content.revision.ArticleSnapshot;
import org.clinic.events.Topics;
import org.clinic.events.article.ArticleEvent;
import org.clinic.events.article.ArticlePublished;
import org.clinic.events.article.ArticleUnpublished;
import org.clinic.platform.outbox.Outbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells other services what the public can read: each committed change of an article that was or becomes public
 * puts an event in the outbox, in the transaction of the change, so it is sent if and only if the change commits.
 * Changes to drafts and scheduled articles stay inside content-service: nobody outside has seen them.
 */
@Component
public class ArticleEvents {

    private static final String PUBLISHED = "PUBLISHED";

    private final Outbox outbox;
    private final JdbcClient jdbc;

    ArticleEvents(Outbox outbox, JdbcClient jdbc) {
        this.outbox = outbox;
        this.jdbc = jdbc;
    }

    /**
     * Call after the article's row is updated to {@code after}.
     *
     * @param version the article's version after the change
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(UUID articleId, int version, ArticleSnapshot before, ArticleSnapshot after) {
        boolean wasPublic = before.status().equals(PUBLISHED);
        boolean isPublic = after.status().equals(PUBLISHED);
        if (!isPublic && !wasPublic) {
            return;
        }
        Stored stored = stored(articleId);
        if (isPublic) {
            // A move while public names the old address, so consumers can drop or redirect it.
            String previousSlug = wasPublic && !before.slug().equals(after.slug()) ? before.slug() : null;
            append(ArticlePublished.of(UUID.randomUUID(), stored.updatedAt(), articleId, version, after.slug(),
                    previousSlug, after.title(), after.summary(), stored.publishedAt(), stored.byline(),
                    after.tags(), conditionSlugs(after.conditionIds()), after.appointmentTypeId()));
        } else {
            append(ArticleUnpublished.of(UUID.randomUUID(), stored.updatedAt(), articleId, version, before.slug()));
        }
    }

    private void append(ArticleEvent event) {
        outbox.append(Topics.ARTICLE_EVENTS, event.articleId().toString(), event.eventId(), event.eventType(), event);
    }

    /**
     * The instants as PostgreSQL keeps them (it rounds to microseconds), so events and the API agree to the last
     * digit; and the byline as the article page shows it, name then credentials after a comma.
     */
    private Stored stored(UUID articleId) {
        return jdbc.sql("""
                        SELECT a.updated_at, coalesce(a.published_at, a.updated_at) AS published_at,
                               au.name || CASE WHEN au.credentials = '' THEN '' ELSE ', ' || au.credentials END
                                   AS byline
                        FROM articles a JOIN authors au ON au.id = a.author_id WHERE a.id = :id""")
                .param("id", articleId).query(ArticleEvents::stored).single();
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        return new Stored(rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                rs.getObject("published_at", OffsetDateTime.class).toInstant(), rs.getString("byline"));
    }

    private List<String> conditionSlugs(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT slug FROM conditions WHERE id IN (:ids) ORDER BY slug")
                .param("ids", ids).query(String.class).list();
    }

    private record Stored(Instant updatedAt, Instant publishedAt, String byline) {
    }
}
