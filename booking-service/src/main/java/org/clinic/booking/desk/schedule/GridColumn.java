package org.clinic.booking.desk.schedule;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One column of the grid: a practitioner on a day. The day view has one per practitioner, the week view one per day.
 *
 * @param heading     what the column header says (a name, or a day)
 * @param headingLink where the header leads (the practitioner's week, or that day's whole clinic)
 * @param who         the practitioner's name, for free cells' accessible names
 */
public record GridColumn(LocalDate day, UUID practitionerId, String heading, String subheading, String headingLink,
        String who) {
}
