package org.clinic.booking.hours;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.clinic.booking.slot.WorkingInterval;
import org.clinic.platform.web.ApiProblemException;
import org.clinic.platform.web.ApiProblemException.FieldProblem;
import org.springframework.http.HttpStatus;

/**
 * Reads a week of working hours as the desk sends it. Fields are taken as text and checked here, so that an unknown
 * day or a bad time is reported against its entry ({@code [2].dayOfWeek}) with every other mistake, instead of one
 * unreadable-body error.
 */
public final class WeeklyHours {

    /** Ten intervals a day is far more than any clinic uses, and bounds the work one request can cause. */
    static final int MAX_INTERVALS = 70;
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    private static final String DAYS = Arrays.toString(DayOfWeek.values());

    private WeeklyHours() {
    }

    public record Input(String dayOfWeek, String start, String end) {
    }

    static List<WorkingInterval> parse(UUID practitioner, List<Input> inputs) {
        List<FieldProblem> errors = new ArrayList<>();
        if (inputs.size() > MAX_INTERVALS) {
            throw invalid(List.of(new FieldProblem("workingHours", "at most " + MAX_INTERVALS + " intervals")));
        }
        List<WorkingInterval> intervals = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Input input = inputs.get(i);
            if (input == null) {
                errors.add(new FieldProblem("[" + i + "]", "must be an interval"));
                continue;
            }
            DayOfWeek day = day(input.dayOfWeek(), "[" + i + "].dayOfWeek", errors);
            LocalTime start = time(input.start(), "[" + i + "].start", errors);
            LocalTime end = time(input.end(), "[" + i + "].end", errors);
            if (start != null && end != null && !start.isBefore(end)) {
                errors.add(new FieldProblem("[" + i + "].end", "must be after start"));
            } else if (day != null && start != null && end != null) {
                intervals.add(new WorkingInterval(practitioner, day, start, end));
                positions.add(i);
            }
        }
        checkOverlaps(intervals, positions, errors);
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        intervals.sort(Comparator.comparing(WorkingInterval::dayOfWeek).thenComparing(WorkingInterval::start));
        return intervals;
    }

    /** Touching intervals (12:00-13:00 and 13:00-17:00) are fine: each starts its own slot grid. */
    private static void checkOverlaps(List<WorkingInterval> intervals, List<Integer> positions,
            List<FieldProblem> errors) {
        for (int i = 0; i < intervals.size(); i++) {
            for (int j = 0; j < i; j++) {
                WorkingInterval a = intervals.get(j);
                WorkingInterval b = intervals.get(i);
                if (a.dayOfWeek() == b.dayOfWeek() && a.start().isBefore(b.end()) && b.start().isBefore(a.end())) {
                    errors.add(new FieldProblem("[" + positions.get(i) + "]",
                            "overlaps [" + positions.get(j) + "] on " + a.dayOfWeek()));
                }
            }
        }
    }

    private static DayOfWeek day(String text, String field, List<FieldProblem> errors) {
        if (text != null) {
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
                    return day;
                }
            }
        }
        errors.add(new FieldProblem(field, "must be one of " + DAYS));
        return null;
    }

    private static LocalTime time(String text, String field, List<FieldProblem> errors) {
        if (text != null && TIME.matcher(text).matches()) {
            return LocalTime.parse(text);
        }
        errors.add(new FieldProblem(field, "must be a local time as HH:mm, 00:00 to 23:59"));
        return null;
    }

    private static ApiProblemException invalid(List<FieldProblem> errors) {
        return new ApiProblemException(HttpStatus.BAD_REQUEST, "Invalid request", "The request has invalid fields.")
                .with("errors", errors);
    }
}
