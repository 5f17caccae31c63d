package org.clinic.booking.desk.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.clinic.booking.slot.WorkingInterval;

/**
 * The schedule as a table: one row per quarter hour of the clinic's wall clock, one column per {@link GridColumn}.
 * Rows are local times, never instants counted from midnight, so on a day the clocks change an appointment at
 * 10:00 still sits in the 10:00 row; a local time that does not exist that day is a {@code GAP} cell.
 */
public record ScheduleGrid(List<GridColumn> columns, List<Row> rows) {

    static final int QUARTER = 15;
    /** The grid always shows at least the usual clinic day, so an empty day does not look broken. */
    static final int DEFAULT_START = 8 * 60;
    static final int DEFAULT_END = 18 * 60;

    /**
     * @param cells    the cells that start in this row, in column order (earlier rows' cells span into it)
     * @param nowClass {@code now-0}/{@code now-5}/{@code now-10}: where the now-line crosses this row, else null
     */
    public record Row(LocalTime time, String label, boolean hour, String nowClass, List<GridCell> cells) {
    }

    /** Everything one grid shows; {@code freeHref} says where a free cell leads (book there, or move there), {@code freeAction} how its name begins ("Book", "Move here"). */
    record Input(List<GridColumn> columns, List<WorkingInterval> hours, List<Visit> visits, List<Absence> absences,
            ZoneId zone, Instant now, String freeAction, BiFunction<GridColumn, Instant, String> freeHref) {
    }

    /** An appointment placed in the grid; {@code takenUntil} includes the type's buffer. */
    record Visit(UUID practitionerId, Instant start, Instant end, Instant takenUntil, GridCell.Block block) {
    }

    /** Time off ({@code practitionerId} set) or a closure (null: everyone). */
    record Absence(UUID id, UUID practitionerId, Instant start, Instant end, String label) {
    }

    static ScheduleGrid build(Input input, DeskTimes times) {
        int first = DEFAULT_START;
        int last = DEFAULT_END;
        List<ColumnCells> columns = new ArrayList<>();
        for (GridColumn column : input.columns()) {
            ColumnCells cells = new ColumnCells(column, input);
            first = Math.min(first, cells.earliestMinute());
            last = Math.max(last, cells.latestMinute());
            columns.add(cells);
        }
        int rowCount = (last - first) / QUARTER;
        List<List<GridCell>> byRow = new ArrayList<>();
        for (int i = 0; i < rowCount; i++) {
            byRow.add(new ArrayList<>());
        }
        for (ColumnCells column : columns) {
            column.place(first, rowCount, byRow, times);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < rowCount; i++) {
            LocalTime time = LocalTime.MIN.plusMinutes(first + (long) i * QUARTER);
            rows.add(new Row(time, times.time(time), time.getMinute() == 0,
                    nowClass(input, time), byRow.get(i)));
        }
        return new ScheduleGrid(input.columns(), rows);
    }

    /** The now-line, on a single day's grid (a week view's rows span seven days, so it has none). */
    private static String nowClass(Input input, LocalTime rowTime) {
        LocalDateTime now = LocalDateTime.ofInstant(input.now(), input.zone());
        boolean today = input.columns().stream().map(GridColumn::day).allMatch(now.toLocalDate()::equals);
        int minutes = now.getHour() * 60 + now.getMinute() - rowTime.toSecondOfDay() / 60;
        return today && minutes >= 0 && minutes < QUARTER ? "now-" + minutes / 5 * 5 : null;
    }

    static Instant instant(LocalDate day, int minuteOfDay, ZoneId zone) {
        return day.atStartOfDay().plusMinutes(minuteOfDay).atZone(zone).toInstant();
    }
}
