package org.clinic.booking.desk.schedule;

import java.util.List;

/**
 * One cell of the grid's table, spanning {@code rows} quarter hours from the row it starts in.
 *
 * @param label what the cell says: an absence's reason, a free cell's accessible name
 * @param href  a free cell's link (book there, or move the chosen appointment there)
 */
public record GridCell(Kind kind, int rows, String label, String href, List<Block> blocks) {

    public enum Kind {
        /** One or more appointments (several only where a no-show and a later booking share time). */
        APPOINTMENTS,
        /** Time off or a clinic closure. */
        ABSENCE,
        /** Between two working intervals of the day, e.g. lunch. */
        BREAK,
        /** Before the practitioner's day starts or after it ends. */
        OFF,
        /** Clean-up time after a visit, still taken. */
        BUFFER,
        FREE,
        /** Free working time already gone. */
        PAST,
        /** A local time the clock skips that day (spring forward). */
        GAP;

        String css() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static GridCell of(Kind kind, int rows, String label) {
        return new GridCell(kind, rows, label, null, List.of());
    }

    public String css() {
        return kind.css() + (rows > 1 ? "" : " single");
    }

    /**
     * An appointment block.
     *
     * @param status       the AppointmentStatus name, for the pattern that shows it besides the text
     * @param confirmation whether the confirmation reached the patient, in words ("sent", "failed", "pending")
     */
    public record Block(String id, String href, String time, String patient, String type, String status,
            String statusLabel, String confirmation, String reminder) {

        public boolean deliveryFailed() {
            return "failed".equals(confirmation) || "failed".equals(reminder);
        }
    }
}
