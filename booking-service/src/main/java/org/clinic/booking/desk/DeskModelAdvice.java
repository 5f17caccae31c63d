package org.clinic.booking.desk;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every desk page's header shows who is signed in (web-theme's staff-layout reads {@code staffName}). */
@ControllerAdvice(basePackages = "org.clinic.booking.desk")
class DeskModelAdvice {

    @ModelAttribute("staffName")
    String staffName(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof Jwt jwt ? jwt.getSubject() : null;
    }
}
