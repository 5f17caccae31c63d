package org.clinic.booking.slot;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clinic.booking.catalogue.AppointmentType;
import org.clinic.booking.catalogue.Catalogue;
import org.clinic.booking.clinic.ClinicProperties;
import org.clinic.platform.security.StaffSecurity;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Slots", description = "Free times to book (public).")
@RestController
class SlotController {

    static final int MAX_RANGE_DAYS = 31;
    private static final Set<String> STAFF_AUTHORITIES = Arrays.stream(StaffSecurity.FRONT_DESK_ROLES)
            .map(role -> "ROLE_" + role).collect(Collectors.toUnmodifiableSet());

    private final Availability availability;
    private final Catalogue catalogue;
    private final ClinicProperties clinic;

    SlotController(Availability availability, Catalogue catalogue, ClinicProperties clinic) {
        this.availability = availability;
        this.catalogue = catalogue;
        this.clinic = clinic;
    }

    @Operation(summary = "Free times for an appointment type",
            description = "From `from` to `to`, the clinic's calendar days, both included, at most 31 days; sorted by "
                    + "start, then practitioner. A slot is free for the visit and the type's buffer, inside working "
                    + "hours, at least the minimum notice ahead, on the clinic's 15-minute grid.")
    @GetMapping("/api/booking/slots")
    SlotsView slots(@RequestParam UUID appointmentTypeId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) UUID practitionerId) {
        if (to.isBefore(from)) {
            throw ApiProblemException.invalidField("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_RANGE_DAYS) {
            throw ApiProblemException.invalidField("to", "the range may cover at most " + MAX_RANGE_DAYS + " days");
        }
        AppointmentType type = catalogue.offeredType(appointmentTypeId)
                .orElseThrow(() -> ApiProblemException.invalidField("appointmentTypeId", "unknown appointment type"));
        List<UUID> practitioners = practitionerId == null ? type.practitionerIds()
                : type.practitionerIds().stream().filter(practitionerId::equals).toList();
        ZoneId zone = clinic.timeZone();
        // A month for every practitioner is thousands of slots but only a few hundred distinct times, and formatting
        // a time was most of the cost of writing the answer: each is formatted once per request.
        Map<Instant, String> localTimes = new HashMap<>();
        Function<Instant, String> local = instant -> localTimes.computeIfAbsent(instant,
                i -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(i.atZone(zone)));
        List<SlotView> slots = availability.freeSlots(type, practitioners, from, to, booker())
                .stream()
                .map(s -> new SlotView(s.practitionerId(), local.apply(s.start()), local.apply(s.end())))
                .toList();
        return new SlotsView(zone.getId(), slots);
    }

    /**
     * The path is public, but a valid staff token is still authenticated on it: the front desk books callers inside
     * the minimum notice, so it must see those slots too. An invalid token is a 401, never silently a patient.
     */
    private static Availability.Booker booker() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        boolean staff = caller != null && caller.isAuthenticated() && caller.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(STAFF_AUTHORITIES::contains);
        return staff ? Availability.Booker.STAFF : Availability.Booker.PATIENT;
    }

    record SlotsView(String timeZone, List<SlotView> slots) {
    }

    /** Times as ISO-8601 with the clinic's offset that day, e.g. {@code 2026-12-01T09:00:00-05:00}. */
    record SlotView(UUID practitionerId, String start, String end) {
    }
}
