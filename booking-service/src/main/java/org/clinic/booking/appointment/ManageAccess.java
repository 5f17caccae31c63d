package org.clinic.booking.appointment;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.clinic.theme.SiteIdentity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may see an appointment's pages: whoever holds its manage token. The token never travels in a URL (so it
 * reaches no server log and no Referer header): the email's link carries it in the fragment, the manage page posts
 * it once in a form, and from then on a cookie for that one appointment carries it, HttpOnly and SameSite=Strict.
 * A booking sets the same cookie, which lets the confirmation page show the new booking.
 */
@Component
class ManageAccess {

    /** Long enough to finish what the patient came to do; short on a shared computer. */
    static final Duration COOKIE_LIFETIME = Duration.ofHours(2);

    private final Appointments appointments;
    private final boolean secure;

    ManageAccess(Appointments appointments, SiteIdentity site) {
        this.appointments = appointments;
        this.secure = site.publicBaseUrl().startsWith("https:");
    }

    static String cookieName(String reference) {
        return "manage_" + reference;
    }

    /**
     * The reference as stored (upper case), or a 404 for anything that cannot be one, before any lookup. Unknown
     * references, wrong tokens and nonsense all answer the same 404, so none of them reveals a booking.
     */
    static String reference(String text) {
        String reference = ReferenceCodes.normalize(text);
        boolean plausible = reference.length() == ReferenceCodes.LENGTH
                && reference.chars().allMatch(c -> ReferenceCodes.ALPHABET.indexOf(c) >= 0);
        if (!plausible) {
            throw notFound();
        }
        return reference;
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    Optional<Appointment> withToken(String reference, String token) {
        return appointments.findByReference(reference).filter(a -> ManageTokens.matches(token, a.manageTokenHash()));
    }

    /** The appointment whose cookie this browser holds, if the cookie's token is still the appointment's. */
    Optional<Appointment> fromCookie(HttpServletRequest request, String reference) {
        return token(request, reference).flatMap(token -> withToken(reference, token));
    }

    Appointment require(HttpServletRequest request, String reference) {
        return fromCookie(request, reference).orElseThrow(ManageAccess::notFound);
    }

    Optional<String> token(HttpServletRequest request, String reference) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(c -> c.getName().equals(cookieName(reference))).map(Cookie::getValue).findFirst();
    }

    void grant(HttpServletResponse response, String reference, String token) {
        ResponseCookie cookie = ResponseCookie.from(cookieName(reference), token)
                .path("/")
                .httpOnly(true)
                .sameSite("Strict")
                .secure(secure)
                .maxAge(COOKIE_LIFETIME)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }
}
