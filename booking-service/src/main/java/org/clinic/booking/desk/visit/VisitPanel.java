package org.clinic.booking.desk.visit;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the appointment panel shows: the visit, how to reach the patient, its history and what may happen next.
 *
 * @param actions    the statuses the desk may set now ({@code AppointmentStatus.next()}), with their keys
 * @param changeable whether it can still be moved or cancelled
 */
record VisitPanel(UUID id, String reference, String patient, String phone, String phoneHref, String email,
        String type, String practitioner, String when, LocalDate day, String status, String statusLabel,
        String channel, String source, String notes, List<Action> actions, boolean changeable,
        List<HistoryLine> history) {

    /** A status button: "ARRIVED", "Arrived", key "a". */
    record Action(String status, String label, String key) {
    }

    /** One audit row in words. */
    record HistoryLine(String when, String who, String what) {
    }

    public String deliveriesLink() {
        return "/desk/deliveries?appointmentId=" + id;
    }

    public String scheduleLink() {
        return "/desk?date=" + day + "#appt-" + id;
    }

    public String moveLink() {
        return "/desk?date=" + day + "&move=" + id;
    }
}
