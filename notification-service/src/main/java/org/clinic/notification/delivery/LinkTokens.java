package org.clinic.notification.delivery;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Where the dispatcher gets the manage tokens it puts into messages at the moment they are sent. */
public interface LinkTokens {

    /** The token of each given appointment that still has one (opened only now, kept only in memory). */
    Map<UUID, String> forAppointments(Collection<UUID> appointmentIds);
}
