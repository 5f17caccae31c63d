package org.clinic.content.editor;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every editor page may show: who is signed in (web-theme's staff-layout reads {@code staffName}) and whether
 * they are an admin ({@code clinicAdmin}: the header then also offers the desk). The image library's pages live
 * with the images, so that package is named too; the public pages (and their cache) do without.
 */
@ControllerAdvice(basePackages = {"org.clinic.content.editor", "org.clinic.content.image"})
class EditorModelAdvice {

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
