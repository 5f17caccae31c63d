package org.clinic.gateway.staff;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.clinic.gateway.auth.StaffRole;
import org.springframework.util.MultiValueMap;

/**
 * Reads the admin pages' forms from the raw form data rather than by binding, so a missing field, an empty one
 * and a body that is not a form at all all end up as per-field messages, never as a binding failure.
 */
final class StaffForms {

    private StaffForms() {
    }

    static StaffAdministration.NewAccount newAccount(MultiValueMap<String, String> form) {
        return new StaffAdministration.NewAccount(text(form, "username"), text(form, "displayName"), roles(form),
                form.getFirst("temporaryPassword"));
    }

    /** The ticked role boxes; a value that is no role is simply not one. */
    static Set<StaffRole> roles(MultiValueMap<String, String> form) {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        for (String value : form.getOrDefault("roles", List.of())) {
            for (StaffRole role : StaffRole.values()) {
                if (role.name().equals(value)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    static String text(MultiValueMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null ? "" : value.strip();
    }
}
