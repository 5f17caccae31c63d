package org.clinic.gateway.pages;

import org.clinic.theme.SiteIdentity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the clinic into every gateway page's model as {@code site}, which the theme's layout reads. A model
 * attribute, not a bean reference: Thymeleaf 3.1 forbids {@code @bean} expressions in {@code th:href} and friends.
 */
@ControllerAdvice
class SiteModelAdvice {

    private final SiteIdentity site;

    SiteModelAdvice(SiteIdentity site) {
        this.site = site;
    }

    @ModelAttribute("site")
    SiteIdentity site() {
        return site;
    }
}
