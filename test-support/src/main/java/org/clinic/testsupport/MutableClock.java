package org.clinic.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Real time plus an offset a test can move, for a service whose time decisions read an injected {@link Clock}:
 * "an hour later" needs no waiting, and time still moves on its own between steps.
 */
public final class MutableClock extends Clock {

    private final AtomicReference<Duration> offset;
    private final ZoneId zone;

    public MutableClock() {
        this(new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
    }

    private MutableClock(AtomicReference<Duration> offset, ZoneId zone) {
        this.offset = offset;
        this.zone = zone;
    }

    public void advance(Duration by) {
        offset.updateAndGet(current -> current.plus(by));
    }

    /** Jumps to an instant (an offset from real time), e.g. just after a reminder's due time. */
    public void setTo(Instant instant) {
        offset.set(Duration.between(Instant.now(), instant));
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same moving time seen in another zone: moving either clock moves both. */
    @Override
    public Clock withZone(ZoneId zone) {
        return new MutableClock(offset, zone);
    }
}
