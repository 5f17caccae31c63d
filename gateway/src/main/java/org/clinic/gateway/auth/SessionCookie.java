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
 * <p>
 * Over https ({@code secure}) the cookie is {@code __Host-CLINIC_SESSION}: browsers accept that name only with
 * {@code Secure}, {@code Path=/} and no {@code Domain}, so neither a plain-http answer nor another host of the
 * clinic's domain can plant or overwrite it (a planted cookie would sign a desk into someone else's session). In that
 * mode only that name is read. The plain name serves the local http run, where browsers refuse {@code Secure}.
 */
public final class SessionCookie {

    public static final String NAME = "CLINIC_SESSION";
    public static final String SECURE_NAME = "__Host-" + NAME;
    private static final String BEARER = "Bearer ";
    /** Base64url segments separated by dots; anything else is not worth verifying, nor safe to copy into a header. */
    private static final Pattern JWT_SHAPE = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    private SessionCookie() {
    }

    /** The cookie's name in the given mode. */
    public static String name(boolean secure) {
        return secure ? SECURE_NAME : NAME;
    }

    /** Either name: what must never be passed on to a service, whichever mode set it. */
    public static boolean isSessionCookie(String cookieName) {
        return NAME.equals(cookieName) || SECURE_NAME.equals(cookieName);
    }

    /** The session cookie's token, if the request carries one under the name in use, shaped like a JWT. */
    public static Optional<String> tokenFrom(ServerHttpRequest request, boolean secure) {
        HttpCookie cookie = request.getCookies().getFirst(name(secure));
        return Optional.ofNullable(cookie).map(HttpCookie::getValue).filter(SessionCookie::looksLikeJwt);
    }

    /** An API client's Bearer token wins over the cookie: it was sent on purpose for this request. */
    static Optional<String> bearerOrCookieToken(ServerHttpRequest request, boolean secure) {
        String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            return authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                    ? Optional.of(authorization.substring(BEARER.length()).trim()).filter(SessionCookie::looksLikeJwt)
                    : Optional.empty();
        }
        return tokenFrom(request, secure);
    }

    static ResponseCookie issue(String token, Duration ttl, boolean secure) {
        return base(token, secure).maxAge(ttl).build();
    }

    static ResponseCookie expire(boolean secure) {
        return base("", secure).maxAge(Duration.ZERO).build();
    }

    /** Path=/ and no Domain always: the {@code __Host-} prefix requires both, and the plain cookie needs no more. */
    private static ResponseCookie.ResponseCookieBuilder base(String value, boolean secure) {
        return ResponseCookie.from(name(secure), value).httpOnly(true).sameSite("Strict").path("/").secure(secure);
    }

    private static boolean looksLikeJwt(String value) {
        return value.length() <= 8192 && JWT_SHAPE.matcher(value).matches();
    }
}
