package org.clinic.booking.catalogue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An admin adds an appointment type or changes one (a clinic-wide setting: the security rules keep it to ADMIN).
 * A change applies to bookings made from now on; appointments already made keep their times. Retiring a type
 * ({@code active = false}) takes it out of every list and of new bookings, never out of the schedule.
 */
@Service
public class EditAppointmentTypes {

    /** What an admin sets; {@code practitionerIds} are the practitioners who offer the type, all of them. */
    public record Settings(String name, String description, int durationMinutes, int bufferMinutes,
            boolean onlineBookable, boolean active, List<UUID> practitionerIds) {

        AppointmentType withId(UUID id) {
            return new AppointmentType(id, name, description, durationMinutes, bufferMinutes, onlineBookable, active,
                    List.copyOf(new LinkedHashSet<>(practitionerIds)));
        }
    }

    private final AppointmentTypeRepository types;
    private final Catalogue catalogue;

    EditAppointmentTypes(AppointmentTypeRepository types, Catalogue catalogue) {
        this.types = types;
        this.catalogue = catalogue;
    }

    @Transactional
    public AppointmentType add(Settings settings) {
        AppointmentType type = settings.withId(UUID.randomUUID());
        requireKnownPractitioners(type);
        uniqueName(() -> types.insert(type));
        types.offeredBy(type.id(), type.practitionerIds());
        refreshCatalogueAfterCommit();
        return type;
    }

    @Transactional
    public AppointmentType change(UUID id, Settings settings) {
        AppointmentType type = settings.withId(id);
        requireKnownPractitioners(type);
        if (!type.active() && types.otherActiveTypesLocked(id) == 0) {
            // The booking page and the desk's form need something to offer.
            throw ApiProblemException.conflict("At least one appointment type must stay active.");
        }
        uniqueName(() -> {
            if (!types.update(type)) {
                throw ApiProblemException.notFound("No such appointment type.");
            }
        });
        types.offeredBy(id, type.practitionerIds());
        refreshCatalogueAfterCommit();
        return type;
    }

    private void requireKnownPractitioners(AppointmentType type) {
        if (types.practitioners(type.practitionerIds()).size() != type.practitionerIds().size()) {
            throw ApiProblemException.invalidField("practitionerIds", "unknown practitioner");
        }
    }

    private static void uniqueName(Runnable write) {
        try {
            write.run();
        } catch (DuplicateKeyException e) {
            throw ApiProblemException.conflict("Another appointment type already has this name.");
        }
    }

    /** After the commit, so a request arriving meanwhile cannot cache the rows as they were before it. */
    private void refreshCatalogueAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                catalogue.changed();
            }
        });
    }
}
