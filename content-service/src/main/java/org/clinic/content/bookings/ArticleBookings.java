package org.clinic.content.bookings;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bookings made from an article, as appointment ids and instants; the figures editors see are counted from them.
 * Public for the editor pages, which show an article's figures.
 */
@Repository
public class ArticleBookings {

    private final JdbcClient jdbc;

    ArticleBookings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the event for the caller's transaction; false when its effect was committed before. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean claim(UUID eventId) {
        return jdbc.sql("INSERT INTO processed_event (event_id) VALUES (:id) ON CONFLICT DO NOTHING")
                .param("id", eventId)
                .update() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void booked(UUID appointmentId, String articleSlug, Instant bookedAt) {
        jdbc.sql("""
                        INSERT INTO article_booking (appointment_id, article_slug, booked_at)
                        VALUES (:id, :slug, :at) ON CONFLICT DO NOTHING""")
                .param("id", appointmentId)
                .param("slug", articleSlug)
                .param("at", bookedAt.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** A cancellation of a booking that came from no article changes nothing here. */
    @Transactional(propagation = Propagation.MANDATORY)
    void cancelled(UUID appointmentId, Instant cancelledAt) {
        jdbc.sql("UPDATE article_booking SET cancelled_at = :at WHERE appointment_id = :id AND cancelled_at IS NULL")
                .param("id", appointmentId)
                .param("at", cancelledAt.atOffset(ZoneOffset.UTC))
                .update();
    }

    /**
     * The figures of the article at this address now or before, counted under all its addresses; empty when no
     * article ever had it.
     */
    public Optional<ArticleBookingFigures> figuresOfArticleAt(String slug, Instant now) {
        List<String> slugs = slugsOfArticleAt(slug);
        return slugs.isEmpty() ? Optional.empty() : Optional.of(figures(slugs, now));
    }

    /**
     * The addresses of the article at this address now or before (editors reach an article by either): its current
     * slug and its former ones, under which older bookings were recorded. Empty when no article ever had it.
     */
    private List<String> slugsOfArticleAt(String slug) {
        return jdbc.sql("""
                        WITH article AS (SELECT id FROM articles WHERE slug = :slug
                                         UNION
                                         SELECT article_id FROM article_old_slugs WHERE slug = :slug)
                        SELECT a.slug FROM articles a JOIN article ON a.id = article.id
                        UNION ALL
                        SELECT o.slug FROM article_old_slugs o JOIN article ON o.article_id = article.id""")
                .param("slug", slug).query(String.class).list();
    }

    /**
     * Bookings made from any of the slugs (an article's current and former addresses: a booking keeps the slug the
     * article had when it was made) in the 30 and 90 days before {@code now}, and how many of those were cancelled
     * since. An address belongs to one article at a time: a slug another article takes over leaves
     * article_old_slugs.
     */
    ArticleBookingFigures figures(Collection<String> slugs, Instant now) {
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE booked_at >= :since30) AS booked30,
                               count(*) FILTER (WHERE booked_at >= :since30 AND cancelled_at IS NOT NULL) AS cancelled30,
                               count(*) AS booked90,
                               count(*) FILTER (WHERE cancelled_at IS NOT NULL) AS cancelled90
                        FROM article_booking
                        WHERE article_slug IN (:slugs) AND booked_at >= :since90 AND booked_at <= :now""")
                .param("slugs", slugs)
                .param("since30", now.minus(ArticleBookingFigures.SHORT).atOffset(ZoneOffset.UTC))
                .param("since90", now.minus(ArticleBookingFigures.LONG).atOffset(ZoneOffset.UTC))
                .param("now", now.atOffset(ZoneOffset.UTC))
                .query((rs, row) -> new ArticleBookingFigures(
                        new ArticleBookingFigures.Window(30, rs.getInt("booked30"), rs.getInt("cancelled30")),
                        new ArticleBookingFigures.Window(90, rs.getInt("booked90"), rs.getInt("cancelled90"))))
                .single();
    }
}
