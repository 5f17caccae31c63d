package org.clinic.gateway.auth;

/**
 * A typed username made fit for a log line. Whatever was typed is logged (a failed sign-in must name the account
 * that was tried), but a line break in it could forge a second, innocent-looking log line, and a pasted novel
 * would flood the log: control and line-separator characters become {@code ?}, and the rest is cut at 64.
 */
final class LoggedUsername {

    static final int MAX_LENGTH = 64;

    private LoggedUsername() {
    }

    static String of(String typed) {
        if (typed == null) {
            return "";
        }
        String cut = typed.length() > MAX_LENGTH ? typed.substring(0, MAX_LENGTH) + "…" : typed;
        StringBuilder safe = new StringBuilder(cut.length());
        cut.codePoints().forEach(c -> safe.appendCodePoint(
                Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? '?' : c));
        return safe.toString();
    }
}
