package org.clinic.gateway.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Whether a session still counts, asked on every request that carries a session token. The answer comes from the
 * database at most every {@code recheck-after} (30 s at most) per session and instance; in between, from this
 * instance's cache. Asking the database is also what notes the session's activity, so "activity" is known to within
 * that interval, which the idle timeout (minutes) does not notice.
 *
 * <p>Any request counts as activity, including the desk's background poll every 4 s: a desk screen left open stays
 * signed in while it is open (the session token's lifetime, a shift, still ends it), and one closed or put to sleep
 * ends after the idle timeout. Telling a poll from a person would need the pages' cooperation on every service, and
 * a receptionist watching the schedule without touching it is working.
 */
@Component
@EnableConfigurationProperties(SessionProperties.class)
public class SessionActivity {

    /** What this instance last heard about a session, and whose it is (null: not known) to forget a user's at once. */
    private record Known(String username, boolean active) {
    }

    private final SessionRecords sessions;
    private final SessionProperties properties;
    private final Cache<String, Known> known;

    SessionActivity(SessionRecords sessions, SessionProperties properties) {
        this.sessions = sessions;
        this.properties = properties;
        this.known = Caffeine.newBuilder()
                .expireAfterWrite(properties.recheckAfter())
                .maximumSize(50_000)
                .build();
    }

    /** A new open session; its id goes into the session token. Blocking. */
    public String start(String username) {
        String id = sessions.start(username);
        known.put(id, new Known(username, true));
        return id;
    }

    public Mono<Boolean> isActive(String sessionId) {
        Known cached = known.getIfPresent(sessionId);
        if (cached != null) {
            return Mono.just(cached.active());
        }
        return Mono.fromCallable(() -> sessions.touch(sessionId, properties.idleTimeout()))
                .subscribeOn(Schedulers.boundedElastic())
                .map(owner -> {
                    known.put(sessionId, new Known(owner.orElse(null), owner.isPresent()));
                    return owner.isPresent();
                });
    }

    /** Signing out. Blocking. */
    public void end(String sessionId, SessionEnd reason) {
        sessions.end(sessionId, reason);
        known.invalidate(sessionId);
    }

    /**
     * Ends a user's sessions (account disabled, password reset): at once on this instance, within
     * {@code recheck-after} on the others. {@code keep}: a session to leave open (the one a password was changed in),
     * or null. Blocking.
     */
    public void endAllOf(String username, SessionEnd reason, String keep) {
        List<String> ended = sessions.endAllOf(username, reason, keep);
        known.invalidateAll(ended);
        known.asMap().entrySet().removeIf(entry -> username.equalsIgnoreCase(entry.getValue().username())
                && !entry.getKey().equals(keep));
    }

    Duration idleTimeout() {
        return properties.idleTimeout();
    }
}
