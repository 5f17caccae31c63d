package org.clinic.booking.appointment;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Links between pages (the patients' booking pages and the desk's), built in Java so templates just print them.
 * Values are form-encoded in full: a slot start such as {@code 2026-07-01T09:00+01:00} would otherwise arrive with
 * its "+" read as a space.
 */
public final class PageLinks {

    private PageLinks() {
    }

    /** {@code path} with the given name/value pairs; null or blank values are left out. */
    public static String link(String path, Object... pairs) {
        StringBuilder link = new StringBuilder(path);
        char separator = '?';
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            if (value == null || value.toString().isBlank()) {
                continue;
            }
            link.append(separator).append(pairs[i]).append('=')
                    .append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return link.toString();
    }

    /** An article slug carried from the "Book" button, or nothing if it is not one (never echoed unchecked). */
    static String source(String source) {
        return source != null && source.matches("[a-z0-9-]{1,200}") ? source : null;
    }

    /** After a form that changed something: 303, so reloading the next page does not send the form again. */
    public static ModelAndView seeOther(String path) {
        RedirectView redirect = new RedirectView(path);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        redirect.setExposeModelAttributes(false);
        return new ModelAndView(redirect);
    }
}
