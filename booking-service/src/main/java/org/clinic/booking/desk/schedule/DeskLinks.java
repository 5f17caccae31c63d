package org.clinic.booking.desk.schedule;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Links between desk pages, built in Java so templates just print them. Values are form-encoded in full: a start
 * such as {@code 2026-12-01T09:00-05:00} is safe, and {@code +01:00} would otherwise arrive as a space.
 */
public final class DeskLinks {

    private DeskLinks() {
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

    public static String panel(Object appointmentId) {
        return "/desk/appointments/" + appointmentId;
    }

    /** After a form that changed something: 303, so reloading the next page does not send the form again. */
    public static ModelAndView seeOther(String path) {
        RedirectView redirect = new RedirectView(path);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        redirect.setExposeModelAttributes(false);
        return new ModelAndView(redirect);
    }
}
