package org.clinic.booking.appointment;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.clinic.booking.catalogue.AppointmentType;
import org.clinic.booking.catalogue.Catalogue;
import org.clinic.booking.catalogue.Practitioner;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The visit a booking form is about, read from its hidden fields (or links). Our pages only ever write known,
 * online-bookable types, practitioners who offer them and real times, so anything else was tampered with or
 * mangled: it gets the generic "we could not handle that request" page, never a 500.
 */
record WantedVisit(AppointmentType type, Practitioner practitioner, OffsetDateTime start) {

    static WantedVisit read(Catalogue catalogue, String typeId, String practitionerId, String start) {
        AppointmentType type = catalogue.offeredType(uuid(typeId))
                .filter(AppointmentType::onlineBookable).orElseThrow(WantedVisit::badRequest);
        Practitioner practitioner = catalogue.practitioner(uuid(practitionerId))
                .filter(p -> type.offeredBy(p.id())).orElseThrow(WantedVisit::badRequest);
        return new WantedVisit(type, practitioner, start(start));
    }

    static ResponseStatusException badRequest() {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }

    static UUID uuid(String text) {
        try {
            return UUID.fromString(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            throw badRequest();
        }
    }

    /** Any real offset date-time; years past 9999 are refused before they reach date arithmetic or formatting. */
    static OffsetDateTime start(String text) {
        try {
            OffsetDateTime start = OffsetDateTime.parse(text == null ? "" : text.strip());
            if (start.getYear() < 2000 || start.getYear() > 9999) {
                throw badRequest();
            }
            return start;
        } catch (DateTimeParseException e) {
            throw badRequest();
        }
    }
}
