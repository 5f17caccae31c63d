package org.clinic.gateway.auth;

/** A wait in words for people: "45 seconds", "1 minute", "13 minutes", "2 hours". */
public final class Waits {

    private Waits() {
    }

    public static String inWords(long seconds) {
        if (seconds < 60) {
            return plural(Math.max(1, seconds), "second");
        }
        long minutes = (seconds + 59) / 60;
        if (minutes < 120) {
            return plural(minutes, "minute");
        }
        return plural((minutes + 59) / 60, "hour");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
