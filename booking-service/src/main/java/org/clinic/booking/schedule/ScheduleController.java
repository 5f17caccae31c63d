package org.clinic.booking.schedule;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.clinic.booking.clinic.ClinicProperties;
import org.clinic.booking.delivery.DeliverySummaries;
import org.clinic.platform.apidocs.ApiDocs;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The front desk's day or week: every appointment with its patient's contact details. Staff only. */
@Tag(name = "Front desk")
@SecurityRequirement(name = ApiDocs.STAFF, scopes = {"FRONT_DESK", "ADMIN"})
@RestController
class ScheduleController {

    private final ScheduleRepository schedule;
    private final DeliverySummaries deliveries;
    private final ClinicProperties clinic;

    ScheduleController(ScheduleRepository schedule, DeliverySummaries deliveries, ClinicProperties clinic) {
        this.schedule = schedule;
        this.deliveries = deliveries;
        this.clinic = clinic;
    }

    @Operation(summary = "The schedule of a day or a week",
            description = "Every appointment of `days` (1 to 7) days from `date`, with the patient, whether "
                    + "confirmation and reminder went out, and the time off and closures.")
    @GetMapping("/api/booking/schedule")
    ScheduleView schedule(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(defaultValue = "1") @Min(1) @Max(7) int days,
            @RequestParam(required = false) UUID practitionerId) {
        if (date.getYear() < 1900 || date.getYear() > 2999) {
            // Keeps absurd dates (year 0, year 999999999) away from date arithmetic and the database.
            throw ApiProblemException.invalidField("date", "must be between the years 1900 and 2999");
        }
        ZoneId zone = clinic.timeZone();
        var appointments = schedule.between(date.atStartOfDay(zone).toInstant(),
                date.plusDays(days).atStartOfDay(zone).toInstant(), practitionerId);
        var absences = schedule.absences(date, date.plusDays(days - 1L), zone, practitionerId);
        var delivered = deliveries.summaries(appointments.stream().map(ScheduleEntry::id).toList());
        return new ScheduleView(zone.getId(), appointments.stream().map(e -> e.view(zone, delivered.get(e.id()))).toList(),
                absences.stream().map(a -> a.view(zone)).toList());
    }

    /** @param timeOff practitioners' time off (only the chosen one's, if any) and clinic closures in the range */
    record ScheduleView(String timeZone, List<ScheduleEntry.View> appointments, List<ScheduleAbsence.View> timeOff) {
    }

}
