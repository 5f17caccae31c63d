package org.clinic.content.editor;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every editor page may show: who is signed in (web-theme's staff-layout reads {@code staffName}) and whether
 * they are an admin ({@code clinicAdmin}: the header then also offers the desk). Pages of other packages under
 * {@code /editor} (images, history) use it by naming this package's pages' base package: it applies to all of
 * {@code org.clinic.content}'s controllers that render staff pages, and is harmless on the public ones.
 */
@ControllerAdvice(basePackages = "org.clinic.content")
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
