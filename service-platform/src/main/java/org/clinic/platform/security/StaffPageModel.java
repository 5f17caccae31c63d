package org.clinic.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every staff page may show, whichever service renders it: who is signed in (web-theme's staff-layout reads
 * {@code staffName}) and whether they are an admin ({@code clinicAdmin}: such pages then offer the other staff areas
 * and admin-only controls). A service extends it with a {@code @ControllerAdvice} naming its staff pages' packages,
 * so the public pages do without.
 */
public abstract class StaffPageModel {

    @ModelAttribute("clinicAdmin")
    public boolean clinicAdmin(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }

    @ModelAttribute("staffName")
    public String staffName(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof Jwt jwt ? jwt.getSubject() : null;
    }
}
