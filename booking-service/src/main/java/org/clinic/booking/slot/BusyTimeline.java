package org.clinic.booking.slot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One practitioner's busy time merged into sorted, disjoint ranges. A month's search for a busy clinic checks
 * thousands of candidate starts against thousands of bookings; merging once makes each check a binary search
 * instead of a scan, and time off that overlaps bookings (or closures) stops mattering.
 */
final class BusyTimeline {

    private static final BusyTimeline EMPTY = new BusyTimeline(new long[0], new long[0]);

    private final long[] starts;
    private final long[] ends;

    private BusyTimeline(long[] starts, long[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    static Map<UUID, BusyTimeline> byPractitioner(List<BusyRange> busy) {
        Map<UUID, List<BusyRange>> grouped = new HashMap<>();
        for (BusyRange range : busy) {
            grouped.computeIfAbsent(range.practitionerId(), id -> new ArrayList<>()).add(range);
        }
        Map<UUID, BusyTimeline> timelines = new HashMap<>();
        grouped.forEach((practitioner, ranges) -> timelines.put(practitioner, merge(ranges)));
        return timelines;
    }

    static BusyTimeline of(Map<UUID, BusyTimeline> timelines, UUID practitioner) {
        return timelines.getOrDefault(practitioner, EMPTY);
    }

    private static BusyTimeline merge(List<BusyRange> ranges) {
        ranges.sort(Comparator.comparing(BusyRange::start));
        long[] starts = new long[ranges.size()];
        long[] ends = new long[ranges.size()];
        int count = 0;
        for (BusyRange range : ranges) {
            long start = micros(range.start());
            long end = micros(range.end());
            if (count > 0 && start <= ends[count - 1]) {
                ends[count - 1] = Math.max(ends[count - 1], end);
            } else {
                starts[count] = start;
                ends[count] = end;
                count++;
            }
        }
        return new BusyTimeline(java.util.Arrays.copyOf(starts, count), java.util.Arrays.copyOf(ends, count));
    }

    /** Whether any busy time overlaps the half-open range [from, to). */
    boolean overlaps(Instant from, Instant to) {
        long f = micros(from);
        long t = micros(to);
        // The first range that ends after `from`; ends ascend because the ranges are disjoint and sorted.
        int low = 0;
        int high = ends.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ends[mid] <= f) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low < ends.length && starts[low] < t;
    }

    /** PostgreSQL keeps microseconds, so nothing finer is lost here. */
    private static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000L);
    }
}
