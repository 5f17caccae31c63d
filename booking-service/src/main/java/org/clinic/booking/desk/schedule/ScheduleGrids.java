package org.clinic.booking.desk.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.clinic.booking.appointment.AppointmentStatus;
import org.clinic.booking.catalogue.AppointmentType;
import org.clinic.booking.catalogue.Catalogue;
import org.clinic.booking.delivery.DeliverySummaries;
import org.clinic.booking.delivery.DeliverySummary;
import org.clinic.booking.schedule.ScheduleEntry;
import org.clinic.booking.schedule.ScheduleRepository;
import org.springframework.stereotype.Component;

/** Reads what a grid shows for some days (the JSON schedule's queries) and lays it out. */
@Component
class ScheduleGrids {

    private final ScheduleRepository schedule;
    private final DeliverySummaries deliveries;
    private final Catalogue catalogue;
    private final DeskTimes times;

    ScheduleGrids(ScheduleRepository schedule, DeliverySummaries deliveries, Catalogue catalogue, DeskTimes times) {
        this.schedule = schedule;
        this.deliveries = deliveries;
        this.catalogue = catalogue;
        this.times = times;
    }

    /** The grid, and the day's cancelled visits (kept out of the grid: their time is free again). */
    record Loaded(ScheduleGrid grid, List<GridCell.Block> cancelled) {
    }

    Loaded load(List<GridColumn> columns, LocalDate first, LocalDate last, UUID practitionerId, String freeAction,
            BiFunction<GridColumn, Instant, String> freeHref) {
        var zone = times.zone();
        List<ScheduleEntry> entries = schedule.between(first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant(), practitionerId);
        var delivered = deliveries.summaries(entries.stream().map(ScheduleEntry::id).toList());
        List<ScheduleGrid.Visit> visits = new ArrayList<>();
        List<GridCell.Block> cancelled = new ArrayList<>();
        for (ScheduleEntry entry : entries) {
            AppointmentStatus status = AppointmentStatus.valueOf(entry.status());
            var type = catalogue.appointmentType(entry.appointmentTypeId());
            GridCell.Block block = block(entry, status, type.map(AppointmentType::name).orElse("Visit"),
                    delivered.getOrDefault(entry.id(), new DeliverySummary(null, null)));
            if (status == AppointmentStatus.CANCELLED) {
                cancelled.add(block);
                continue;
            }
            Instant takenUntil = status.holdsTime()
                    ? entry.end().plusSeconds(60L * type.map(AppointmentType::bufferMinutes).orElse(0)) : entry.end();
            visits.add(new ScheduleGrid.Visit(entry.practitionerId(), entry.start(), entry.end(), takenUntil, block));
        }
        var absences = schedule.absences(first, last, zone, practitionerId).stream()
                .map(a -> new ScheduleGrid.Absence(a.id(), a.practitionerId(), a.start(), a.end(),
                        ("CLOSURE".equals(a.kind()) ? "Clinic closed" : "Time off")
                                + (a.reason() == null || a.reason().isBlank() ? "" : ": " + a.reason())))
                .toList();
        var input = new ScheduleGrid.Input(columns, schedule.workingHours(), visits, absences, zone, times.now(),
                freeAction, freeHref);
        return new Loaded(ScheduleGrid.build(input, times), cancelled);
    }

    private GridCell.Block block(ScheduleEntry entry, AppointmentStatus status, String type, DeliverySummary told) {
        var patient = entry.patient();
        return new GridCell.Block("appt-" + entry.id(), DeskLinks.panel(entry.id()),
                times.time(entry.start()) + "–" + times.time(entry.end()),
                patient.firstName() + " " + patient.lastName(), type, status.name(), status.label(),
                words(told.confirmation()), words(told.reminder()));
    }

    /** What notification-service reported, in a word; nothing reported yet is "pending". */
    static String words(String delivery) {
        if (delivery == null) {
            return "pending";
        }
        return switch (delivery) {
            case "SENT" -> "sent";
            case "FAILED" -> "failed";
            case "SUPPRESSED" -> "not sent";
            default -> delivery.toLowerCase(java.util.Locale.ROOT);
        };
    }
}
