package org.clinic.theme;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * The 403 of a refused cross-site form post says what happened ("sent from another site"), instead of the general
 * 403 page's "not open to your account", which would send a receptionist looking for a role problem.
 */
class CrossSiteErrorView implements ErrorViewResolver, Ordered {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        return request.getAttribute(CrossSiteFormFilter.REFUSED) != null
                ? new ModelAndView("error/cross-site", model, HttpStatus.FORBIDDEN) : null;
    }

    /** Before Boot's resolver, which would pick error/403.html by the status alone. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
