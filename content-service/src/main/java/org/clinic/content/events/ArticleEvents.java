package org.clinic.content.events;

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
     * @param version     the article's version after the change
     * @param publishedAt when it was first published (null only for a row written by hand: then now)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(UUID articleId, int version, ArticleSnapshot before, ArticleSnapshot after,
            OffsetDateTime publishedAt, OffsetDateTime now) {
        boolean wasPublic = before.status().equals(PUBLISHED);
        boolean isPublic = after.status().equals(PUBLISHED);
        if (isPublic) {
            // A move while public names the old address, so consumers can drop or redirect it.
            String previousSlug = wasPublic && !before.slug().equals(after.slug()) ? before.slug() : null;
            append(ArticlePublished.of(UUID.randomUUID(), now.toInstant(), articleId, version, after.slug(),
                    previousSlug, after.title(), after.summary(), (publishedAt != null ? publishedAt : now).toInstant(), byline(after.authorId()),
                    after.tags(), conditionSlugs(after.conditionIds()), after.appointmentTypeId()));
        } else if (wasPublic) {
            append(ArticleUnpublished.of(UUID.randomUUID(), now.toInstant(), articleId, version, before.slug()));
        }
    }

    private void append(ArticleEvent event) {
        outbox.append(Topics.ARTICLE_EVENTS, event.articleId().toString(), event.eventId(), event.eventType(), event);
    }

    /** As the article page shows it: the name, then the credentials after a comma. */
    private String byline(UUID authorId) {
        return jdbc.sql("""
                        SELECT name || CASE WHEN credentials = '' THEN '' ELSE ', ' || credentials END
                        FROM authors WHERE id = :id""")
                .param("id", authorId).query(String.class).single();
    }

    private List<String> conditionSlugs(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT slug FROM conditions WHERE id IN (:ids) ORDER BY slug")
                .param("ids", ids).query(String.class).list();
    }
}
