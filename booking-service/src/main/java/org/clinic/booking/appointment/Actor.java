package org.clinic.booking.appointment;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/** Who made a change, for the audit trail: a staff member by username, or the patient through the manage link. */
record Actor(ActorKind kind, String name) {

    static Actor patient() {
        return new Actor(ActorKind.PATIENT, "manage-link");
    }

    static Actor onlineBooker() {
        return new Actor(ActorKind.PATIENT, "online-booking");
    }

    /** The staff member of the current request, whose token Spring Security has verified. */
    static Actor currentStaff() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        String name = auth != null && auth.getPrincipal() instanceof Jwt jwt ? jwt.getSubject() : "unknown-staff";
        return new Actor(ActorKind.STAFF, name);
    }

    boolean isStaff() {
        return kind == ActorKind.STAFF;
    }
}
