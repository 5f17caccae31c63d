package org.clinic.booking.hours;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who made a schedule change, kept with it so the desk can ask them about it later. */
final class StaffMember {

    private StaffMember() {
    }

    static String current() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller == null ? "unknown" : caller.getName();
    }
}
