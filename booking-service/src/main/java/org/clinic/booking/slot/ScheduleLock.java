package org.clinic.booking.slot;

import java.util.Collection;
import java.util.Comparator;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serializes changes to a practitioner's schedule (working hours, time off, closures) with the bookings checked
 * against it, using PostgreSQL advisory locks held until the transaction ends. Bookings share the lock, so they never
 * wait for each other; a schedule change takes it exclusively, so a booking either sees the change or makes it wait
 * and is then reported by it as a conflict.
 *
 * <p>Advisory locks rather than {@code SELECT ... FOR SHARE} on the practitioner row: a row lock writes to the row
 * (and, when several bookings share it, to the multixact log) on every booking; an advisory lock only lives in
 * memory. Each practitioner maps to one key in a key space of its own; two practitioners that happen to share a key
 * only make their schedule changes wait for each other's bookings a moment longer.
 */
@Component
public class ScheduleLock {

    /** The first half of the two-part key (two-part keys never collide with single 64-bit ones): "sche". */
    private static final int KEY_SPACE = 0x73636865;

    /** Several locks are always taken in this order, so two lockers cannot deadlock. */
    private static final Comparator<UUID> LOCK_ORDER = Comparator.comparingInt(ScheduleLock::key);

    private final JdbcClient jdbc;

    ScheduleLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** For bookings and moves: lets others book meanwhile, keeps schedule changes out. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void share(Collection<UUID> practitioners) {
        practitioners.stream().distinct().sorted(LOCK_ORDER).forEach(practitioner ->
                jdbc.sql("SELECT pg_advisory_xact_lock_shared(:space, :key)")
                        .param("space", KEY_SPACE).param("key", key(practitioner)).query().listOfRows());
    }

    /** For schedule changes: waits for bookings in progress, then keeps new ones out until the change commits. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void exclusive(Collection<UUID> practitioners) {
        practitioners.stream().distinct().sorted(LOCK_ORDER).forEach(practitioner ->
                jdbc.sql("SELECT pg_advisory_xact_lock(:space, :key)")
                        .param("space", KEY_SPACE).param("key", key(practitioner)).query().listOfRows());
    }

    private static int key(UUID practitioner) {
        return practitioner.hashCode();
    }
}
