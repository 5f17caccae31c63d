package org.clinic.benchmarks;

import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** What every phase needs: where to send requests, the database, the CPU meter, and the report being written. */
record Context(Options options, String gateway, String direct, String inbox, String staffToken,
        String directStaffToken, Database db, HttpClient http, CpuUsage cpu, Report report,
        Map<String, Map<String, Double>> cpuRows) {

    /**
     * @param staffToken       a front-desk login's bearer token, for the desk's endpoints through the gateway
     * @param directStaffToken the access token a service accepts from the gateway, for the same endpoints directly
     */
    Context(Options options, String gateway, String direct, String inbox, String staffToken, String directStaffToken,
            Database db, HttpClient http, CpuUsage cpu) {
        this(options, gateway, direct, inbox, staffToken, directStaffToken, db, http, cpu, new Report(),
                new LinkedHashMap<>());
    }

    /** The front desk's bearer token for requests to this base address. */
    String staffTokenFor(String base) {
        return base.equals(gateway) ? staffToken : directStaffToken;
    }

    String path(String base) {
        return base.equals(gateway) ? "through the gateway" : "directly to booking-service";
    }

    static String minutes(JsonNode type) {
        return type.get("durationMinutes").asInt() + " min + " + type.get("bufferMinutes").asInt() + " min buffer";
    }

    static void progress(String format, Object... args) {
        System.err.printf(format + "%n", args);
    }
}
