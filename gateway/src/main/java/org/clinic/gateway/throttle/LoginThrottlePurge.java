package org.clinic.gateway.throttle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the rows of buckets that have filled up again: a key nobody failed with lately needs no row. Safe with
 * several gateway instances: Bucket4j's delete skips rows another transaction holds, and deleting twice is harmless.
 */
@Component
@EnableScheduling
class LoginThrottlePurge {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottlePurge.class);
    private static final int BATCH = 500;

    private final LoginThrottle throttle;

    LoginThrottlePurge(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void purge() {
        int removed = 0;
        int batch;
        do {
            batch = throttle.purgeFullBuckets(BATCH);
            removed += batch;
        } while (batch == BATCH);
        if (removed > 0) {
            log.debug("Removed {} refilled login throttle buckets", removed);
        }
    }
}
