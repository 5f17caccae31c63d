package org.clinic.booking.catalogue;

import java.util.List;
import java.util.UUID;

public record Practitioner(UUID id, String name, String credentials, String title, List<UUID> appointmentTypeIds) {

    /** The name as patients read it in messages, e.g. "Jordan Okafor, DPT, OCS". */
    public String displayName() {
        return credentials.isBlank() ? name : name + ", " + credentials;
    }
}
