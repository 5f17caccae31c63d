package org.clinic.booking.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.clinic.platform.web.ApiProblemException;
import org.junit.jupiter.api.Test;

class WeeklyHoursTests {

    private static final UUID PT = UUID.fromString("00000000-0000-0000-0000-00000000000a");

    @Test
    void aWeekWithBreaksIsSortedByDayThenStart() {
        var week = WeeklyHours.parse(PT, List.of(input("TUESDAY", "13:00", "17:00"), input("monday", "09:00", "12:30"),
                input("TUESDAY", "08:00", "12:00"), input("TUESDAY", "12:00", "13:00")));

        assertThat(week).extracting(i -> i.dayOfWeek() + " " + i.start() + "-" + i.end()).containsExactly(
                "MONDAY 09:00-12:30", "TUESDAY 08:00-12:00", "TUESDAY 12:00-13:00", "TUESDAY 13:00-17:00");
    }

    @Test
    void anEmptyWeekMeansNoHours() {
        assertThat(WeeklyHours.parse(PT, List.of())).isEmpty();
    }

    @Test
    void everyMistakeIsReportedAgainstItsEntry() {
        var inputs = new ArrayList<WeeklyHours.Input>();
        inputs.add(input("FUNDAY", "09:00", "12:00"));
        inputs.add(input("MONDAY", "9am", "24:00"));
        inputs.add(input("MONDAY", "12:00", "09:00"));
        inputs.add(null);
        inputs.add(input(null, null, null));

        assertThat(errors(inputs)).containsExactly(
                "[0].dayOfWeek", "[1].start", "[1].end", "[2].end", "[3]", "[4].dayOfWeek", "[4].start", "[4].end");
    }

    @Test
    void overlappingIntervalsOnOneDayAreRejectedButTheSameTimesOnAnotherDayAreNot() {
        var inputs = List.of(input("MONDAY", "09:00", "12:00"), input("TUESDAY", "09:00", "12:00"),
                input("MONDAY", "11:45", "13:00"), input("MONDAY", "09:00", "09:15"));

        assertThat(errors(inputs)).containsExactly("[2]", "[3]");
    }

    @Test
    void secondsAreNotPartOfTheFormat() {
        assertThat(errors(List.of(input("MONDAY", "09:00:30", "12:00")))).containsExactly("[0].start");
    }

    @Test
    void aWeekHasAtMostSeventyIntervals() {
        assertThat(errors(Collections.nCopies(71, input("MONDAY", "09:00", "09:15")))).containsExactly("workingHours");
    }

    private static WeeklyHours.Input input(String day, String start, String end) {
        return new WeeklyHours.Input(day, start, end);
    }

    @SuppressWarnings("unchecked")
    private static List<String> errors(List<WeeklyHours.Input> inputs) {
        var thrown = catchThrowableOfType(ApiProblemException.class, () -> WeeklyHours.parse(PT, inputs));
        assertThat(thrown).isNotNull();
        var errors = (List<ApiProblemException.FieldProblem>) thrown.getBody().getProperties().get("errors");
        return errors.stream().map(ApiProblemException.FieldProblem::field).toList();
    }
}
