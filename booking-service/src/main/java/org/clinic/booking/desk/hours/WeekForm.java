package org.clinic.booking.desk.hours;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinic.booking.hours.WeeklyHours;
import org.clinic.booking.slot.WorkingInterval;
import org.clinic.platform.web.ApiProblemException.FieldProblem;

/**
 * The weekly-hours form: per day, numbered rows of start and end times named {@code MONDAY-0-start}. Blank rows are
 * spare ones and ignored; the gap between two intervals is the break. What was typed comes back as typed.
 */
final class WeekForm {

    /** Spare rows let a second interval (a break) be added without JavaScript; hours.js adds more. */
    static final int MIN_ROWS = 3;
    static final int MAX_ROWS = 10;
    private static final Pattern FIELD = Pattern.compile("([A-Z]{6,9})-(\\d{1,2})-(start|end)");
    private static final Pattern REPORTED = Pattern.compile("\\[(\\d+)](?:\\.(start|end))?");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    record Row(DayOfWeek day, int index, String start, String end) {

        public String id(String part) {
            return day.name() + "-" + index + "-" + part;
        }

        public String label() {
            return dayName(day) + ", interval " + (index + 1);
        }

        boolean blank() {
            return start.isBlank() && end.isBlank();
        }
    }

    record Day(DayOfWeek day, String name, List<Row> rows) {
    }

    private final List<Row> filled;

    private WeekForm(List<Row> filled) {
        this.filled = filled;
    }

    static WeekForm of(List<WorkingInterval> week) {
        return new WeekForm(week.stream()
                .map(i -> new Row(i.dayOfWeek(), 0, i.start().format(HH_MM), i.end().format(HH_MM))).toList())
                .numbered();
    }

    /** Rows from the posted form, in day and row order; unknown fields are ignored. */
    static WeekForm from(Map<String, String> form) {
        Map<String, String[]> rows = new java.util.TreeMap<>();
        form.forEach((name, value) -> {
            Matcher m = FIELD.matcher(name);
            if (m.matches() && isDay(m.group(1)) && Integer.parseInt(m.group(2)) < MAX_ROWS) {
                String key = DayOfWeek.valueOf(m.group(1)).getValue() + "-" + "%02d".formatted(
                        Integer.parseInt(m.group(2)));
                rows.computeIfAbsent(key, k -> new String[] {m.group(1), "", ""})
                        [m.group(3).equals("start") ? 1 : 2] = value == null ? "" : value.strip();
            }
        });
        return new WeekForm(rows.values().stream().map(r -> new Row(DayOfWeek.valueOf(r[0]), 0, r[1], r[2]))
                .filter(r -> !r.blank()).toList()).numbered();
    }

    /** Public for the template (SpEL calls public methods only). Each day's rows, the filled ones first, then blank ones up to at least {@link #MIN_ROWS} and one spare. */
    public List<Day> days() {
        List<Day> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<Row> rows = new ArrayList<>(filled.stream().filter(r -> r.day() == day).toList());
            int count = Math.min(MAX_ROWS, Math.max(MIN_ROWS, rows.size() + 1));
            for (int i = rows.size(); i < count; i++) {
                rows.add(new Row(day, i, "", ""));
            }
            days.add(new Day(day, dayName(day), rows));
        }
        return days;
    }

    /** Half-filled rows: the use case would call the missing time malformed; the desk reads "enter an end time". */
    Map<String, String> missingTimes() {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Row r : filled) {
            if (r.start().isBlank()) {
                errors.put(r.id("start"), r.label() + ": enter a start time.");
            } else if (r.end().isBlank()) {
                errors.put(r.id("end"), r.label() + ": enter an end time.");
            }
        }
        return errors;
    }

    List<WeeklyHours.Input> inputs() {
        return filled.stream().map(r -> new WeeklyHours.Input(r.day().name(), r.start(), r.end())).toList();
    }

    /** The use case names intervals by their position in {@link #inputs()}: {@code [2].end}, or {@code [2]}. */
    Map.Entry<String, String> error(FieldProblem problem) {
        Matcher m = REPORTED.matcher(problem.field());
        if (!m.matches() || Integer.parseInt(m.group(1)) >= filled.size()) {
            return Map.entry(days().get(0).rows().get(0).id("start"), "The week has too many intervals.");
        }
        Row row = filled.get(Integer.parseInt(m.group(1)));
        if (m.group(2) == null) {
            return Map.entry(row.id("start"), row.label() + ": overlaps another interval that day.");
        }
        String message = problem.message().startsWith("must be after") ? "the end must be after the start."
                : "enter the " + m.group(2) + " as hours and minutes, e.g. 09:30.";
        return Map.entry(row.id(m.group(2)), row.label() + ": " + message);
    }

    /** The filled rows as the conflict prompt re-posts them. */
    List<ConflictPrompt.Field> fields() {
        List<ConflictPrompt.Field> fields = new ArrayList<>();
        filled.forEach(r -> {
            fields.add(new ConflictPrompt.Field(r.id("start"), r.start()));
            fields.add(new ConflictPrompt.Field(r.id("end"), r.end()));
        });
        return fields;
    }

    static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.US);
    }

    private WeekForm numbered() {
        List<Row> rows = new ArrayList<>();
        for (Row r : filled) {
            int index = (int) rows.stream().filter(o -> o.day() == r.day()).count();
            rows.add(new Row(r.day(), index, r.start(), r.end()));
        }
        return new WeekForm(List.copyOf(rows));
    }

    private static boolean isDay(String name) {
        return java.util.Arrays.stream(DayOfWeek.values()).anyMatch(d -> d.name().equals(name));
    }
}
