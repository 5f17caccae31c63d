package org.clinic.booking.desk.visit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.clinic.booking.appointment.ActorKind;
import org.clinic.booking.appointment.Appointment;
import org.clinic.booking.appointment.AppointmentStatus;
import org.clinic.booking.appointment.Appointments;
import org.clinic.booking.appointment.AuditTrail;
import org.clinic.booking.appointment.BookingChannel;
import org.clinic.booking.catalogue.AppointmentType;
import org.clinic.booking.catalogue.Catalogue;
import org.clinic.booking.catalogue.Practitioner;
import org.clinic.booking.desk.schedule.DeskTimes;
import org.clinic.theme.SiteIdentity;
import org.springframework.stereotype.Component;

/** Builds the appointment panel from the appointment, the catalogue and the audit trail. */
@Component
class VisitPanels {

    private final Appointments appointments;
    private final AuditTrail audit;
    private final Catalogue catalogue;
    private final DeskTimes times;

    VisitPanels(Appointments appointments, AuditTrail audit, Catalogue catalogue, DeskTimes times) {
        this.appointments = appointments;
        this.audit = audit;
        this.catalogue = catalogue;
        this.times = times;
    }

    Optional<Appointment> find(String id) {
        try {
            return appointments.findById(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    VisitPanel of(Appointment a) {
        String phone = a.phone();
        List<VisitPanel.Action> actions = a.status().next().stream()
                .map(s -> new VisitPanel.Action(s.name(), s.label(), key(s))).toList();
        return new VisitPanel(a.id(), a.reference(), a.firstName() + " " + a.lastName(),
                phone, phone == null || phone.isBlank() ? null : SiteIdentity.phoneHref(phone), a.email(),
                catalogue.appointmentType(a.appointmentTypeId()).map(AppointmentType::name).orElse("Visit"),
                practitioner(a.practitionerId()), times.full(a.start()) + " to " + times.time(a.end()),
                times.day(a.start()), a.status().name(), a.status().label(),
                a.channel() == BookingChannel.PHONE ? "Phone (front desk)" : "Online",
                appointments.source(a.id()).orElse(null), a.notes(), actions, a.status().isChangeable(),
                audit.history(a.id()).stream().map(this::line).toList());
    }

    /** The shortcut keys the shortcuts list documents: a Arrived, c Completed, o No-show. */
    static String key(AppointmentStatus status) {
        return switch (status) {
            case ARRIVED -> "a";
            case COMPLETED -> "c";
            case NO_SHOW -> "o";
            default -> null;
        };
    }

    private VisitPanel.HistoryLine line(AuditTrail.Entry e) {
        String who = e.actorKind() == ActorKind.STAFF ? e.actor()
                : "Patient (" + e.actor().replace('-', ' ') + ")";
        var after = e.after();
        String what = switch (e.action()) {
            case "BOOKED" -> "Booked for " + times.full(after.start()) + " with " + practitioner(after.practitionerId());
            case "RESCHEDULED" -> "Moved from " + times.full(e.before().start()) + " ("
                    + practitioner(e.before().practitionerId()) + ") to " + times.full(after.start()) + " ("
                    + practitioner(after.practitionerId()) + ")";
            case "CANCELLED" -> "Cancelled" + (after.reason() == null ? " (no reason given)" : ": " + after.reason());
            default -> "Marked " + after.status().label().toLowerCase(Locale.ROOT)
                    + (e.before() == null ? "" : " (was " + e.before().status().label().toLowerCase(Locale.ROOT) + ")");
        };
        return new VisitPanel.HistoryLine(times.full(e.at()), who, what);
    }

    private String practitioner(UUID id) {
        return catalogue.practitioner(id).map(Practitioner::name).orElse("a former practitioner");
    }
}
