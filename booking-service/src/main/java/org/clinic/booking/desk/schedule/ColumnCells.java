package org.clinic.booking.desk.schedule;

import static org.clinic.booking.desk.schedule.ScheduleGrid.QUARTER;
import static org.clinic.booking.desk.schedule.ScheduleGrid.instant;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.clinic.booking.desk.schedule.GridCell.Kind;
import org.clinic.booking.slot.WorkingInterval;

/** Works out one column's cells: appointments first, then skipped times, absences, buffers, hours and breaks. */
final class ColumnCells {

    private final GridColumn column;
    private final ScheduleGrid.Input input;
    private final ZoneId zone;
    private final List<WorkingInterval> hours;
    private final List<Placed> visits;

    /** A visit's rows as local minutes of the column's day, rounded out to whole quarters. */
    private record Placed(int from, int to, ScheduleGrid.Visit visit) {
    }

    ColumnCells(GridColumn column, ScheduleGrid.Input input) {
        this.column = column;
        this.input = input;
        this.zone = input.zone();
        this.hours = input.hours().stream().filter(h -> h.practitionerId().equals(column.practitionerId())
                && h.dayOfWeek() == column.day().getDayOfWeek()).toList();
        this.visits = input.visits().stream()
                .filter(v -> v.practitionerId().equals(column.practitionerId())
                        && LocalDate.ofInstant(v.start(), zone).equals(column.day()))
                .map(v -> new Placed(minute(v.start()) / QUARTER * QUARTER, roundUp(endMinute(v.end())), v))
                .sorted(Comparator.comparingInt(Placed::from)).toList();
    }

    int earliestMinute() {
        return Math.min(hours.stream().mapToInt(h -> h.start().toSecondOfDay() / 60).min().orElse(24 * 60),
                visits.stream().mapToInt(Placed::from).min().orElse(24 * 60));
    }

    int latestMinute() {
        return Math.max(hours.stream().mapToInt(h -> roundUp(h.end().toSecondOfDay() / 60)).max().orElse(0),
                visits.stream().mapToInt(Placed::to).max().orElse(0));
    }

    void place(int first, int rowCount, List<List<GridCell>> byRow, DeskTimes times) {
        int row = 0;
        int next = 0;
        while (row < rowCount) {
            int minute = first + row * QUARTER;
            if (next < visits.size() && visits.get(next).from() <= minute) {
                // Overlapping visits (a no-show and the booking made into its time) share one cell.
                int to = visits.get(next).to();
                List<GridCell.Block> blocks = new ArrayList<>();
                while (next < visits.size() && visits.get(next).from() < Math.max(to, minute + QUARTER)) {
                    to = Math.max(to, visits.get(next).to());
                    blocks.add(visits.get(next++).visit().block());
                }
                int rows = Math.max(1, Math.min((to - minute) / QUARTER, rowCount - row));
                byRow.get(row).add(new GridCell(Kind.APPOINTMENTS, rows, null, null, blocks));
                row += rows;
                continue;
            }
            Instant from = instant(column.day(), minute, zone);
            Kind kind = kind(minute, from);
            String label = kind == Kind.ABSENCE ? absence(minute).label() : null;
            if (kind == Kind.FREE) {
                byRow.get(row).add(new GridCell(kind, 1, input.freeAction() + " " + times.time(from) + ", "
                        + column.who(), input.freeHref().apply(column, from), List.of()));
                row++;
                continue;
            }
            int rows = 1;
            while (row + rows < rowCount && !visitStartsAt(next, first + (row + rows) * QUARTER)) {
                int later = first + (row + rows) * QUARTER;
                Kind laterKind = kind(later, instant(column.day(), later, zone));
                if (laterKind != kind || kind == Kind.ABSENCE && !Objects.equals(absence(later), absence(minute))) {
                    break;
                }
                rows++;
            }
            byRow.get(row).add(GridCell.of(kind, rows, label));
            row += rows;
        }
    }

    private boolean visitStartsAt(int next, int minute) {
        return next < visits.size() && visits.get(next).from() <= minute;
    }

    private Kind kind(int minute, Instant from) {
        if (zone.getRules().getValidOffsets(column.day().atStartOfDay().plusMinutes(minute)).isEmpty()) {
            return Kind.GAP;
        }
        Instant to = instant(column.day(), minute + QUARTER, zone);
        if (absence(minute) != null) {
            return Kind.ABSENCE;
        }
        if (visits.stream().anyMatch(p -> p.visit().takenUntil().isAfter(from) && p.visit().start().isBefore(to))) {
            return Kind.BUFFER;
        }
        boolean working = hours.stream().anyMatch(h -> h.start().toSecondOfDay() / 60 <= minute
                && minute + QUARTER <= h.end().toSecondOfDay() / 60);
        if (working) {
            return from.isBefore(input.now()) ? Kind.PAST : Kind.FREE;
        }
        boolean withinDay = minute >= earliestHour() && minute < latestHour();
        return withinDay ? Kind.BREAK : Kind.OFF;
    }

    private ScheduleGrid.Absence absence(int minute) {
        Instant from = instant(column.day(), minute, zone);
        Instant to = instant(column.day(), minute + QUARTER, zone);
        return input.absences().stream()
                .filter(a -> (a.practitionerId() == null || a.practitionerId().equals(column.practitionerId()))
                        && a.start().isBefore(to) && a.end().isAfter(from))
                .findFirst().orElse(null);
    }

    private int earliestHour() {
        return hours.stream().mapToInt(h -> h.start().toSecondOfDay() / 60).min().orElse(0);
    }

    private int latestHour() {
        return hours.stream().mapToInt(h -> h.end().toSecondOfDay() / 60).max().orElse(0);
    }

    private int minute(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        return local.getHour() * 60 + local.getMinute();
    }

    /** Minutes into the column's day; a visit running past midnight ends the grid at 24:00. */
    private int endMinute(Instant end) {
        return LocalDate.ofInstant(end, zone).isAfter(column.day()) ? 24 * 60 : minute(end);
    }

    private static int roundUp(int minute) {
        return (minute + QUARTER - 1) / QUARTER * QUARTER;
    }
}
