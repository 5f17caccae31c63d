package org.clinic.booking.ratelimit;

import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the rows of buckets that have filled up again: a full bucket is what a missing row means anyway, so the
 * table holds only recently active addresses and contacts. Safe on every instance at once: Bucket4j's delete skips
 * rows another instance has locked ({@code FOR UPDATE SKIP LOCKED}).
 */
@Component
class FullBuckets {

    private static final int BATCH = 1000;

    private final ExpiredEntriesCleaner buckets;

    FullBuckets(ExpiredEntriesCleaner rateLimitBuckets) {
        this.buckets = rateLimitBuckets;
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void forget() {
        // After a flood there may be many: batches, each its own short transaction.
        int removed;
        do {
            removed = buckets.removeExpired(BATCH);
        } while (removed == BATCH);
    }
}
