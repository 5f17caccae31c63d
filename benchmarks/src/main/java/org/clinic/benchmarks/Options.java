package org.clinic.benchmarks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Command-line settings, {@code --name=value}; every one has the default the issue asks for. */
record Options(int practitioners, int appointments, int patients, int slotWarmUp, int slotRequests,
        double bookingsPerSecond, double alsoPerSecond, int bookingSeconds, int bookingWarmUp, int insertThreads,
        double insertSeconds, double pageRate, int pageSeconds, int pageWarmUp, String only,
        List<String> serviceJvmOptions) {

    static final String USAGE = """
            Options (all optional):
              --practitioners=20        --appointments=200000     --patients=<appointments/4>
              --slot-warmup=50          --slot-requests=200
              --rate=200                --booking-seconds=30      --booking-warmup=12000
              --also-rate=100           (a second round of bookings at this rate; 0 for none)
              --insert-threads=10       --insert-seconds=10
              --page-rate=100           --page-seconds=20         --page-warmup=3000
              --only=pages              (seed, then measure only the pages: a quick run)
              --only=desk               (seed, then measure only the front desk: day view and patient search)
              --service-jvm="-Xms512m -Xmx512m"   (JVM options of the four service processes)""";

    static Options parse(String... args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Not an option: " + arg + "\n" + USAGE);
            }
            given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        var reader = new Reader(given);
        int appointments = reader.integer("appointments", 200_000);
        var options = new Options(reader.integer("practitioners", 20), appointments,
                reader.integer("patients", Math.max(1, appointments / 4)), reader.integer("slot-warmup", 50),
                reader.integer("slot-requests", 200), reader.decimal("rate", 200), reader.decimal("also-rate", 100),
                reader.integer("booking-seconds", 30), reader.integer("booking-warmup", 12000),
                reader.integer("insert-threads", 10), reader.decimal("insert-seconds", 10),
                reader.decimal("page-rate", 100), reader.integer("page-seconds", 20),
                reader.integer("page-warmup", 3000), reader.text("only", "everything"),
                List.of(reader.text("service-jvm", "-Xms512m -Xmx512m").trim().split("\\s+")));
        if (!List.of("everything", "pages", "desk").contains(options.only())) {
            throw new IllegalArgumentException("--only takes pages or desk (or everything)\n" + USAGE);
        }
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("Unknown option(s): " + given.keySet() + "\n" + USAGE);
        }
        return options;
    }

    /** Only the page phase (after seeding, so the booking page shows a real week): for iterating on pages. */
    boolean pagesOnly() {
        return only.equals("pages");
    }

    /** Only the desk phase (after seeding): the day view and the patient-search fragment. */
    boolean deskOnly() {
        return only.equals("desk");
    }

    /** The arrival rates to book at, the first. */
    List<Double> rates() {
        return alsoPerSecond > 0 ? List.of(bookingsPerSecond, alsoPerSecond) : List.of(bookingsPerSecond);
    }

    int bookings(double perSecond) {
        return (int) Math.round(perSecond * bookingSeconds);
    }

    /** Takes each option out of the map as it is read, so whatever is left over was misspelt. */
    private record Reader(Map<String, String> given) {

        String text(String name, String fallback) {
            String value = given.remove(name);
            return value == null ? fallback : value;
        }

        int integer(String name, int fallback) {
            return Integer.parseInt(text(name, String.valueOf(fallback)).replace("_", ""));
        }

        double decimal(String name, double fallback) {
            return Double.parseDouble(text(name, String.valueOf(fallback)));
        }
    }
}
