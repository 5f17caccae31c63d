package org.clinic.benchmarks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Command-line settings, {@code --name=value}; every one has the default the issue asks for. */
record Options(int practitioners, int appointments, int patients, int slotWarmUp, int slotRequests,
        double bookingsPerSecond, double alsoPerSecond, int bookingSeconds, int bookingWarmUp, double warmUpRate,
        double coldRate, int coldSeconds, Stepping stepping, int insertThreads, double insertSeconds,
        double pageRate, int pageSeconds, int pageWarmUp, String only, List<String> serviceJvmOptions) {

    /**
     * The search for the highest booking rate whose p99 stays under the target: rates from {@code start} up by
     * {@code factor}, then bisected; each step {@code settle} seconds not measured, then {@code seconds} measured.
     */
    record Stepping(double start, double factor, int settle, int seconds, int maxSteps) {

        /** Requests one step at this rate sends. */
        int bookings(double perSecond) {
            return (int) Math.round(perSecond * (settle + seconds));
        }
    }

    static final String USAGE = """
            Options (all optional):
              --practitioners=20        --appointments=200000     --patients=<appointments/4>
              --slot-warmup=50          --slot-requests=200
              --cold-rate=50            --cold-seconds=60         (bookings right after the start)
              --booking-warmup=9000     --warmup-rate=150
              --step-start=50           --step-factor=2           --max-steps=10
              --step-settle=3           --step-seconds=10         (the search for the highest rate)
              --rate=0                  --booking-seconds=20      (0: half the highest rate found)
              --also-rate=0             (a second round of bookings at this rate; 0 for none)
              --insert-threads=10       --insert-seconds=10
              --page-rate=100           --page-seconds=20         --page-warmup=3000
              --only=bookings           (seed, then only the bookings and the INSERT ceiling: about 8 minutes)
              --only=pages              (seed, then measure only the pages: a quick run)
              --only=desk               (seed, then measure only the front desk: day view and patient search)
              --service-jvm="-Xms512m -Xmx512m"   (JVM options of the four service processes)""";

    /** The cold start is reported in windows this long. */
    static final int COLD_WINDOW_SECONDS = 10;

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
                reader.integer("slot-requests", 200), reader.decimal("rate", 0), reader.decimal("also-rate", 0),
                reader.integer("booking-seconds", 20), reader.integer("booking-warmup", 9000),
                reader.decimal("warmup-rate", 150), reader.decimal("cold-rate", 50), reader.integer("cold-seconds", 60),
                new Stepping(reader.decimal("step-start", 50), reader.decimal("step-factor", 2),
                        reader.integer("step-settle", 3), reader.integer("step-seconds", 10),
                        reader.integer("max-steps", 10)),
                reader.integer("insert-threads", 10), reader.decimal("insert-seconds", 10),
                reader.decimal("page-rate", 100), reader.integer("page-seconds", 20),
                reader.integer("page-warmup", 3000), reader.text("only", "everything"),
                List.of(reader.text("service-jvm", "-Xms512m -Xmx512m").trim().split("\\s+")));
        if (!List.of("everything", "bookings", "pages", "desk").contains(options.only())) {
            throw new IllegalArgumentException("--only takes bookings, pages or desk (or everything)\n" + USAGE);
        }
        if (options.coldSeconds() % COLD_WINDOW_SECONDS != 0 || options.stepping().factor() <= 1) {
            throw new IllegalArgumentException("--cold-seconds takes whole " + COLD_WINDOW_SECONDS
                    + "-second windows, --step-factor more than 1\n" + USAGE);
        }
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("Unknown option(s): " + given.keySet() + "\n" + USAGE);
        }
        return options;
    }

    /** Only the booking figures (cold start, highest rate, CPU per booking) and the INSERT ceiling. */
    boolean bookingsOnly() {
        return only.equals("bookings");
    }

    /** Only the page phase (after seeding, so the booking page shows a real week): for iterating on pages. */
    boolean pagesOnly() {
        return only.equals("pages");
    }

    /** Only the desk phase (after seeding): the day view and the patient-search fragment. */
    boolean deskOnly() {
        return only.equals("desk");
    }

    /**
     * The fixed arrival rates to book at, through the gateway and directly, once the highest rate is known: by
     * default half of it, below saturation on any machine, so that CPU per booking is not the cost of a queue.
     */
    List<Double> rates(double highestPassing) {
        double first = bookingsPerSecond > 0 ? bookingsPerSecond : Math.max(1, Math.round(highestPassing / 2));
        return alsoPerSecond > 0 ? List.of(first, alsoPerSecond) : List.of(first);
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
