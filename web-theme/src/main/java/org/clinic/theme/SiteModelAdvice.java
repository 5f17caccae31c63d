package org.clinic.theme;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the clinic's identity into every page's model as {@code site} (Boot's error pages included, since its
 * error controller is a controller too). A model attribute rather than a bean reference in templates: Thymeleaf
 * forbids {@code @bean} expressions in {@code th:href}, {@code th:src} and {@code th:utext}.
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
