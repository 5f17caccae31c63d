package org.clinic.gateway.auth;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The browser side of a staff login: the token in an HttpOnly cookie (scripts cannot read it) that is
 * SameSite=Strict (other sites cannot make the browser send it, which is why no CSRF token is needed).
 */
public final class SessionCookie {

    public static final String NAME = "CLINIC_SESSION";
    private static final String BEARER = "Bearer ";
    /** Base64url segments separated by dots; anything else is not worth verifying, nor safe to copy into a header. */
    private static final Pattern JWT_SHAPE = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    private SessionCookie() {
    }

    /** The session cookie's token, if the request carries one shaped like a JWT. */
    public static Optional<String> tokenFrom(ServerHttpRequest request) {
        HttpCookie cookie = request.getCookies().getFirst(NAME);
        return Optional.ofNullable(cookie).map(HttpCookie::getValue).filter(SessionCookie::looksLikeJwt);
    }

    /** An API client's Bearer token wins over the cookie: it was sent on purpose for this request. */
    static Optional<String> bearerOrCookieToken(ServerHttpRequest request) {
        String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            return authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                    ? Optional.of(authorization.substring(BEARER.length()).trim()).filter(SessionCookie::looksLikeJwt)
                    : Optional.empty();
        }
        return tokenFrom(request);
    }

    static ResponseCookie issue(String token, Duration ttl, boolean secure) {
        return base(token, secure).maxAge(ttl).build();
    }

    static ResponseCookie expire(boolean secure) {
        return base("", secure).maxAge(Duration.ZERO).build();
    }

    private static ResponseCookie.ResponseCookieBuilder base(String value, boolean secure) {
        return ResponseCookie.from(NAME, value).httpOnly(true).sameSite("Strict").path("/").secure(secure);
    }

    private static boolean looksLikeJwt(String value) {
        return value.length() <= 8192 && JWT_SHAPE.matcher(value).matches();
    }
}
