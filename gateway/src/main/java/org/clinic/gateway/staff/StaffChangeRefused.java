package org.clinic.gateway.staff;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An admin's change that cannot be made, with a message per form field (or {@code ""} for the whole form). The
 * page shows the form again with them; the JSON API answers a problem with the matching status.
 */
class StaffChangeRefused extends RuntimeException {

    enum Reason { INVALID, CONFLICT, NOT_FOUND }

    private final Reason reason;
    private final Map<String, String> errors;

    StaffChangeRefused(Reason reason, Map<String, String> errors) {
        super(reason + " " + errors.keySet(), null, false, false);
        this.reason = reason;
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    static StaffChangeRefused invalid(String field, String message) {
        return new StaffChangeRefused(Reason.INVALID, Map.of(field, message));
    }

    static StaffChangeRefused conflict(String field, String message) {
        return new StaffChangeRefused(Reason.CONFLICT, Map.of(field, message));
    }

    static StaffChangeRefused notFound() {
        return new StaffChangeRefused(Reason.NOT_FOUND, Map.of("", "There is no staff account of that name."));
    }

    Reason reason() {
        return reason;
    }

    Map<String, String> errors() {
        return errors;
    }
}
