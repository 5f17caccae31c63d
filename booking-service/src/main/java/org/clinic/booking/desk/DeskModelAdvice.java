package org.clinic.booking.desk;

import org.clinic.booking.patient.PhoneNumbers;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every desk page may show: who is signed in (web-theme's staff-layout reads {@code staffName}), whether they
 * may change clinic-wide settings ({@code clinicAdmin}: admins only, so the front desk sees no controls that would
 * answer 403), and phone numbers written the way people read them ({@code ${phones.forDisplay(p.phone)}}; they are
 * stored as E.164).
 */
@ControllerAdvice(basePackages = "org.clinic.booking.desk")
class DeskModelAdvice {

    private final PhoneNumbers phones;

    DeskModelAdvice(PhoneNumbers phones) {
        this.phones = phones;
    }

    @ModelAttribute("phones")
    PhoneNumbers phones() {
        return phones;
    }

    @ModelAttribute("clinicAdmin")
    boolean clinicAdmin(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }

    @ModelAttribute("staffName")
    String staffName(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof Jwt jwt ? jwt.getSubject() : null;
    }
}
