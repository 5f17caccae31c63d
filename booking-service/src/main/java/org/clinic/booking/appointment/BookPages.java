package org.clinic.booking.appointment;

import static org.clinic.booking.appointment.PageLinks.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clinic.booking.catalogue.AppointmentType;
import org.clinic.booking.catalogue.Catalogue;
import org.clinic.booking.catalogue.Practitioner;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /book}: the appointment type, then the practitioner (or anyone) and a week of free times, each step a
 * plain link so it works without JavaScript. Choosing a time leads to the details form ({@link BookDetailsPages}).
 */
@Controller
class BookPages {

    private final Catalogue catalogue;
    private final SlotWeeks slotWeeks;
    private final ClinicTimes times;

    BookPages(Catalogue catalogue, SlotWeeks slotWeeks, ClinicTimes times) {
        this.catalogue = catalogue;
        this.slotWeeks = slotWeeks;
        this.times = times;
    }

    record TypeChoice(String name, int durationMinutes, String description, String href) {
    }

    /** A chip of a single choice; {@code current} marks the one in effect (aria-current). */
    record Choice(String label, String href, boolean current) {
    }

    @GetMapping("/book")
    String book(@RequestParam(required = false) UUID appointmentTypeId,
            @RequestParam(required = false) UUID practitionerId, @RequestParam(required = false) String source,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
            Model model) {
        String slug = PageLinks.source(source);
        Optional<AppointmentType> type = appointmentTypeId == null ? Optional.empty()
                : catalogue.offeredType(appointmentTypeId).filter(AppointmentType::onlineBookable);
        if (type.isEmpty()) {
            // A link from an older article may name a type no longer offered online: say so, offer the others.
            model.addAttribute("unknownType", appointmentTypeId != null);
            model.addAttribute("types", catalogue.appointmentTypes().stream().filter(AppointmentType::onlineBookable)
                    .map(t -> new TypeChoice(t.name(), t.durationMinutes(), t.description(),
                            link("/book", "appointmentTypeId", t.id(), "source", slug)))
                    .toList());
            return "book/types";
        }
        AppointmentType chosen = type.get();
        UUID practitioner = practitionerId != null && chosen.offeredBy(practitionerId) ? practitionerId : null;
        model.addAttribute("unknownPractitioner", practitionerId != null && practitioner == null);
        model.addAttribute("type", chosen);
        model.addAttribute("practitioners", choices(chosen, practitioner, slug));
        model.addAttribute("changeType", link("/book", "source", slug));
        model.addAttribute("week", slotWeeks.week(chosen,
                practitioner == null ? chosen.practitionerIds() : List.of(practitioner), week,
                monday -> link("/book", "appointmentTypeId", chosen.id(), "practitionerId", practitioner,
                        "source", slug, "week", monday),
                slot -> link("/book/details", "appointmentTypeId", chosen.id(), "practitionerId",
                        slot.practitionerId(), "start", times.iso(slot.start()), "source", slug,
                        "anyone", practitioner == null ? "true" : null)));
        model.addAttribute("zone", times.zone().getId());
        model.addAttribute("zoneName", times.zoneName());
        return "book/slots-page";
    }

    private List<Choice> choices(AppointmentType type, UUID current, String slug) {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("Anyone", link("/book", "appointmentTypeId", type.id(), "source", slug),
                current == null));
        for (Practitioner p : catalogue.practitioners()) {
            if (type.offeredBy(p.id())) {
                choices.add(new Choice(p.displayName(), link("/book", "appointmentTypeId", type.id(),
                        "practitionerId", p.id(), "source", slug), p.id().equals(current)));
            }
        }
        return choices;
    }
}
