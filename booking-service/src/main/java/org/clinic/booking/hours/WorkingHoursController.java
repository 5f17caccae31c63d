package org.clinic.booking.hours;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.clinic.booking.clinic.ClinicProperties;
import org.clinic.booking.slot.WorkingInterval;
import org.clinic.platform.apidocs.ApiDocs;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Hours, time off and closures",
        description = "Practitioners' weekly hours and time off (front desk and admins); the clinic's closed days "
                + "(read by anyone, changed by admins).")
@SecurityRequirement(name = ApiDocs.STAFF, scopes = {"FRONT_DESK", "ADMIN"})
@RestController
class WorkingHoursController {

    private static final String PATH = "/api/booking/practitioners/{practitionerId}/working-hours";
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final EditWorkingHours editWorkingHours;
    private final ClinicProperties clinic;

    WorkingHoursController(EditWorkingHours editWorkingHours, ClinicProperties clinic) {
        this.editWorkingHours = editWorkingHours;
        this.clinic = clinic;
    }

    /** Local wall-clock times in the clinic's zone, named so the desk never has to think about offsets. */
    record IntervalView(String dayOfWeek, String start, String end) {

        static IntervalView of(WorkingInterval i) {
            return new IntervalView(i.dayOfWeek().name(), i.start().format(HH_MM), i.end().format(HH_MM));
        }
    }

    /** {@code conflicts} only in the answer to a PUT: upcoming bookings now outside the hours, still booked. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WeekView(UUID practitionerId, String timeZone, List<IntervalView> workingHours,
            List<Conflict> conflicts) {
    }

    @Operation(summary = "A practitioner's weekly hours",
            description = "Local times in the clinic's zone; gaps between intervals are breaks.")
    @GetMapping(PATH)
    WeekView current(@PathVariable UUID practitionerId) {
        return view(practitionerId, editWorkingHours.current(practitionerId), null);
    }

    @Operation(summary = "Replace a practitioner's weekly hours",
            description = "Always applies; `conflicts` lists upcoming bookings now outside the hours, which stay "
                    + "booked. Overlapping intervals are a 400.")
    @PutMapping(path = PATH, consumes = "application/json")
    WeekView replace(@PathVariable UUID practitionerId, @RequestBody List<WeeklyHours.Input> week) {
        var replaced = editWorkingHours.replace(practitionerId, week);
        return view(practitionerId, replaced.hours(), replaced.conflicts());
    }

    private WeekView view(UUID practitionerId, List<WorkingInterval> week, List<Conflict> conflicts) {
        return new WeekView(practitionerId, clinic.timeZone().getId(),
                week.stream().map(IntervalView::of).toList(), conflicts);
    }
}
