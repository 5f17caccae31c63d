package org.clinic.content.publishing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.clinic.content.authoring.ArticleChanges;
import org.clinic.content.authoring.ArticleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes scheduled articles once their time has come. Every instance of the service runs this; each article is
 * published in its own transaction that first locks its row with {@code SKIP LOCKED} and checks it is still due,
 * so two instances never publish one article twice (one skips the row the other holds, or finds it published), and
 * one article that fails does not hold back the others. Time comes from the injected clock, so tests move it.
 */
@Component
class ScheduledPublisher {

    static final String WHO = "scheduler";
    private static final Logger log = LoggerFactory.getLogger(ScheduledPublisher.class);
    private static final int BATCH = 100;

    private final JdbcClient jdbc;
    private final ArticleStore store;
    private final ArticleChanges changes;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ScheduledPublisher(JdbcClient jdbc, ArticleStore store, ArticleChanges changes, TransactionTemplate transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.changes = changes;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${clinic.content.publishing.check-every}",
            initialDelayString = "${clinic.content.publishing.check-every}")
    void publishWhenDue() {
        publishDue();
    }

    /** @return how many articles this call published */
    int publishDue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int published = 0;
        for (UUID id : due(now)) {
            try {
                if (Boolean.TRUE.equals(transactions.execute(tx -> publishIfStillDue(id, now)))) {
                    published++;
                }
            } catch (RuntimeException e) {
                log.warn("Could not publish scheduled article {}; trying again on the next round", id, e);
            }
        }
        return published;
    }

    private boolean publishIfStillDue(UUID id, OffsetDateTime now) {
        return store.lock(id, true)
                .filter(current -> current.status().equals(Publishing.SCHEDULED)
                        && !current.snapshot().publishAt().isAfter(now))
                .map(current -> {
                    changes.commit(current, WHO, Publishing.dueChange(current));
                    log.info("Published scheduled article {}", current.snapshot().slug());
                    return true;
                })
                .orElse(false);
    }

    private List<UUID> due(OffsetDateTime now) {
        return jdbc.sql("""
                SELECT id FROM articles WHERE status = 'SCHEDULED' AND publish_at <= :now
                ORDER BY publish_at LIMIT :limit""")
                .param("now", now).param("limit", BATCH).query(UUID.class).list();
    }
}
