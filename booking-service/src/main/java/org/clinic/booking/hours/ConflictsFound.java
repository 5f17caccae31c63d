package org.clinic.booking.hours;

import java.util.List;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.http.HttpStatus;

/**
 * A change was not made because booked appointments are in its way. The API renders it as its 409 problem; the
 * desk's pages catch it and show the list with an "apply anyway" button.
 */
public class ConflictsFound extends ApiProblemException {

    private final transient List<Conflict> conflicts;

    ConflictsFound(String what, List<Conflict> conflicts) {
        super(HttpStatus.CONFLICT, "Conflicting appointments", conflicts.size()
                + " booked appointment(s) fall inside the " + what
                + ". Repeat the request with force=true to record it anyway; the appointments stay booked.");
        this.conflicts = List.copyOf(conflicts);
        with("conflicts", this.conflicts);
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }
}
