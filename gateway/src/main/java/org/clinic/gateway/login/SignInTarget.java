package org.clinic.gateway.login;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;

/**
 * Where a sign-in goes next. {@code next} comes from the address bar, so anyone can craft it: it is followed only
 * when it is plainly a path on this site, otherwise a link to our login page could send staff, freshly signed in
 * and trusting, to a look-alike site (an open redirect). Whatever fails the check falls back to the user's own
 * start page rather than an error: the sign-in itself succeeded.
 */
public final class SignInTarget {

    static final String DESK = "/desk";
    static final String EDITOR = "/editor";
    /** Far more than any page address of ours; a longer one is not a link we made. */
    static final int MAX_LENGTH = 2000;

    private SignInTarget() {
    }

    /** {@code next} if it is a local path worth returning to, else empty. */
    public static Optional<String> localPath(String next) {
        if (next == null || next.isEmpty() || next.length() > MAX_LENGTH || !next.startsWith("/")) {
            return Optional.empty();
        }
        // "//host" and "/\host" are read by browsers as another host; backslashes have no business in our paths.
        if (next.startsWith("//") || next.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        // Printable ASCII only: control characters could split the Location header, and our own links come
        // percent-encoded anyway.
        if (!next.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            return Optional.empty();
        }
        if (isLoginPage(next)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(next);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? Optional.of(next) : Optional.empty();
        } catch (URISyntaxException notAUri) {
            return Optional.empty();
        }
    }

    /** The desk for front-desk staff and admins; the editor for those who only edit articles. */
    public static String startPageFor(List<String> roles) {
        return roles.contains("EDITOR") && !roles.contains("FRONT_DESK") && !roles.contains("ADMIN") ? EDITOR : DESK;
    }

    public static String after(String next, List<String> roles) {
        return localPath(next).orElseGet(() -> startPageFor(roles));
    }

    /** Coming back to the sign-in page after signing in would only loop. */
    private static boolean isLoginPage(String path) {
        return path.equals("/login") || path.startsWith("/login?") || path.startsWith("/login/");
    }
}
