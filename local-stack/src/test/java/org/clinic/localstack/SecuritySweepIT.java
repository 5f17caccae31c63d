package org.clinic.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.clinic.testsupport.StaffTokens;
import org.clinic.testsupport.access.Endpoint;
import org.clinic.testsupport.access.RolesTable;
import org.clinic.testsupport.access.RolesTable.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 11's sweep through the gateway of the whole running system, as an attacker would meet it: every action of
 * the README's roles table with no token, with tokens that must not count (expired, signed with the old shared
 * secret, signed by another key, an access token a client got hold of) and with each role's real session; a burst
 * of wrong passwords; 200 bookings from one address; a 1 MB body; paths that climb towards the actuator.
 * Requests that need an address of their own say so in X-Forwarded-For, which the test stack's gateway believes
 * from 127.0.0.1 only (RunningStack), so the other tests' limits are untouched.
 */
@ExtendWith(RunningStack.class)
class SecuritySweepIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static String gateway;
    private static final Map<String, String> SESSIONS = new LinkedHashMap<>();

    @BeforeAll
    static void signInAsEachRole() throws Exception {
        gateway = RunningStack.stack().gatewayUrl();
        for (var user : Map.of("FRONT_DESK", "desk", "EDITOR", "editor", "ADMIN", "admin").entrySet()) {
            var login = send("POST", "/api/auth/login", null, "application/json", """
                    {"username": "%s", "password": "%s"}""".formatted(user.getValue(),
                    RunningStack.stack().staffPasswords().get(user.getValue())), Map.of());
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            SESSIONS.put(user.getKey(), JSON.readTree(login.body()).get("token").asString());
        }
    }

    /** Tokens that must count for nothing: a request with one of them is anonymous (all roles, should they count). */
    private static Map<String, String> worthlessTokens() {
        String user = "sweep";
        List<String> roles = List.of("ADMIN", "FRONT_DESK", "EDITOR");
        Map<String, String> worthless = new LinkedHashMap<>();
        worthless.put("no token", null);
        worthless.put("an expired session token", RunningStack.stack().signedToken("clinic-gateway", user, roles,
                Instant.now().minus(Duration.ofMinutes(5))));
        worthless.put("a token signed with the old shared secret", StaffTokens.signedWithOldSharedSecret(
                roles.toArray(String[]::new)));
        worthless.put("a token signed by another key", StaffTokens.forged(roles.toArray(String[]::new)));
        worthless.put("an access token sent by a client", RunningStack.stack().signedToken("clinic-services", user,
                roles, Instant.now().plus(Duration.ofMinutes(1))));
        return worthless;
    }

    @Test
    void everyActionOfTheRolesTableAnswersAsTheTableSays() throws Exception {
        Map<String, String> worthless = worthlessTokens();
        List<String> disagreements = new ArrayList<>();
        for (Row row : RolesTable.allRows()) {
            for (var token : worthless.entrySet()) {
                check(row, "Public", token.getKey() + " as a bearer token", bearer(token.getValue()), disagreements);
                check(row, "Public", token.getKey() + " as the session cookie", cookie(token.getValue()),
                        disagreements);
            }
            // A browser's way: the session in its cookie (pages look at nothing else).
            for (var session : SESSIONS.entrySet()) {
                check(row, session.getKey(), "a " + session.getKey() + " session", cookie(session.getValue()),
                        disagreements);
            }
        }
        assertThat(disagreements).isEmpty();
    }

    /**
     * Every endpoint every process maps (read from each one's actuator on its private management port), sent through
     * the gateway: a worthless token gets exactly what no token gets, a FRONT_DESK session is refused the ADMIN-only
     * endpoints, an EDITOR session the desk's. Which endpoints are public at all is each service's EndpointAccessIT.
     */
    @Test
    void everyMappedEndpointTreatsWorthlessTokensAsNoneAndKeepsRolesApart() throws Exception {
        var ports = RunningStack.stack().settings().managementPorts();
        List<Endpoint> endpoints = new ArrayList<>();
        for (int port : List.of(ports.gateway(), ports.booking(), ports.content(), ports.notification())) {
            endpoints.addAll(mappedEndpoints(port));
        }
        assertThat(endpoints).hasSizeGreaterThan(60);
        Map<String, String> worthless = worthlessTokens();
        List<String> problems = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            String path = endpoint.samplePath();
            boolean anonymousRefused = refused(send(endpoint.method(), path, null, null, null, Map.of()));
            for (var token : worthless.entrySet()) {
                for (var credentials : List.of(bearer(token.getValue()), cookie(token.getValue()))) {
                    var answer = send(endpoint.method(), path, null, null, null, credentials);
                    if (refused(answer) != anonymousRefused) {
                        problems.add(endpoint + " with " + token.getKey() + " " + credentials.keySet() + ": "
                                + answer.statusCode() + ", without a token " + (anonymousRefused ? "refused" : "not"));
                    }
                }
            }
            if (isAdminOnly(endpoint) && !refused(send(endpoint.method(), path, null, null, null,
                    cookie(SESSIONS.get("FRONT_DESK"))))) {
                problems.add(endpoint + " is ADMIN-only, yet a FRONT_DESK session got through");
            }
            if (isDesk(endpoint) && !refused(send(endpoint.method(), path, null, null, null,
                    cookie(SESSIONS.get("EDITOR"))))) {
                problems.add(endpoint + " is the desk's, yet an EDITOR session got through");
            }
        }
        assertThat(problems).isEmpty();
    }

    private static boolean isAdminOnly(Endpoint endpoint) {
        String p = endpoint.pattern();
        boolean writes = !endpoint.method().equals("GET");
        return p.startsWith("/admin") || p.startsWith("/api/auth/staff") || p.startsWith("/desk/hours/closures")
                || (writes && (p.startsWith("/api/booking/closures") || p.startsWith("/api/booking/appointment-types")));
    }

    private static boolean isDesk(Endpoint endpoint) {
        String p = endpoint.pattern();
        // Each API's OpenAPI description is public, also where it sits under the desk's /api/notifications.
        if (p.endsWith("/openapi.json")) {
            return false;
        }
        return p.startsWith("/desk") || p.startsWith("/api/booking/schedule") || p.startsWith("/api/booking/patients")
                || p.startsWith("/api/booking/desk") || p.startsWith("/api/notifications");
    }

    /** From the actuator's mappings: every method and pattern a process serves, but for errors and the actuator. */
    private static List<Endpoint> mappedEndpoints(int managementPort) throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort
                + "/actuator/mappings")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("mappings on port " + managementPort).isEqualTo(200);
        List<Endpoint> endpoints = new ArrayList<>();
        for (JsonNode conditions : JSON.readTree(response.body()).findValues("requestMappingConditions")) {
            List<String> methods = new ArrayList<>();
            conditions.path("methods").forEach(method -> methods.add(method.asString()));
            if (methods.isEmpty()) {
                methods.add("GET");
            }
            for (JsonNode pattern : conditions.path("patterns")) {
                String p = pattern.asString();
                if (!p.startsWith("/error") && !p.startsWith("/actuator")) {
                    methods.forEach(method -> endpoints.add(new Endpoint(method, p)));
                }
            }
        }
        return endpoints;
    }

    private static boolean refused(HttpResponse<String> response) {
        return response.statusCode() == 401 || response.statusCode() == 403
                || (response.statusCode() == 303 && response.headers().firstValue("Location").orElse("")
                        .startsWith("/login"));
    }

    @Test
    void thirtyWrongPasswordsEndInTooManyRequests() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> last = null;
        for (int i = 0; i < 30; i++) {
            last = send("POST", "/api/auth/login", null, "application/json",
                    // Not a real account's name: the per-username limit would lock that person out of the other tests.
                    "{\"username\": \"sweep-guesser\", \"password\": \"guess-" + i + "-is-wrong\"}",
                    Map.of("X-Forwarded-For", "203.0.113.30"));
            statuses.add(last.statusCode());
        }

        assertThat(statuses).startsWith(401).contains(429);
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isPositive());
    }

    @Test
    void twoHundredBookingsFromOneAddressStopAtTheLimitAndNothingBeyondIsStored() throws Exception {
        int limit = 100;
        String type = onlineBookableType();
        List<JsonNode> slots = freeSlots(type, 200);
        String address = "203.0.113.77";
        String marker = "sweep-" + UUID.randomUUID().toString().substring(0, 8);
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<HttpResponse<String>> refused = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<Integer, String> sampleBodies = new ConcurrentHashMap<>();
        var pool = Executors.newFixedThreadPool(8);
        try {
            for (int i = 0; i < slots.size(); i++) {
                JsonNode slot = slots.get(i);
                String body = """
                        {"appointmentTypeId": "%s", "practitionerId": "%s", "start": "%s",
                         "patient": {"firstName": "Sweep", "lastName": "%s", "email": "%s-%d@example.org",
                                      "phone": "+15555550177"}}"""
                        .formatted(type, slot.get("practitionerId").asString(), slot.get("start").asString(), marker,
                                marker, i);
                pool.submit(() -> {
                    var response = send("POST", "/api/booking/appointments", null, "application/json", body,
                            Map.of("X-Forwarded-For", address, "Idempotency-Key", UUID.randomUUID().toString()));
                    statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                    sampleBodies.putIfAbsent(response.statusCode(), response.body());
                    if (response.statusCode() == 429) {
                        refused.add(response);
                    }
                    return null;
                });
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(3, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        }

        assertThat(statuses.keySet()).as(sampleBodies.toString()).containsOnly(201, 429);
        int booked = statuses.get(201).get();
        // The bucket refills evenly (one booking per 36 s at 100/1h), so a slow run may earn one or two more.
        assertThat(booked).isBetween(limit, limit + 2);
        assertThat(statuses.get(429).get()).isEqualTo(200 - booked);
        assertThat(refused).allSatisfy(response -> assertThat(response.headers().firstValue("Retry-After")).isPresent());
        assertThat(storedWithLastName(marker, slots)).isEqualTo(booked);
    }

    @Test
    void aOneMegabyteBodyIsRefusedBeforeAnyServiceReadsIt() throws Exception {
        String big = "{\"notes\": \"" + "x".repeat(1024 * 1024) + "\"}";
        for (String path : List.of("/api/booking/appointments", "/api/auth/login", "/api/content/articles")) {
            var response = send("POST", path, null, "application/json", big, Map.of());
            assertThat(response.statusCode()).as(path).isEqualTo(413);
        }
    }

    @Test
    void pathsThatClimbOutOfTheirRouteFindNothing() throws Exception {
        for (String path : List.of("/api/booking/../../actuator/env", "/api/booking/%2e%2e/%2e%2e/actuator/env",
                "/api/booking/..%2F..%2Factuator%2Fenv", "/actuator/env", "/actuator/metrics", "/desk/..;/actuator")) {
            String statusLine = rawGet(path);
            assertThat(statusLine).as(path).matches("HTTP/1\\.1 (400|404) .*");
        }
    }

    private static Map<String, String> bearer(String token) {
        return token == null ? Map.of() : Map.of("Authorization", "Bearer " + token);
    }

    private static Map<String, String> cookie(String token) {
        return token == null ? Map.of() : Map.of("Cookie", "CLINIC_SESSION=" + token);
    }

    private static void check(Row row, String column, String credential, Map<String, String> credentials,
            List<String> disagreements) throws Exception {
        var response = send(row.method(), row.path(), null, null, null, credentials);
        if (refused(response) == row.allowed().get(column)) {
            disagreements.add(row + " with " + credential + ": the table says " + column + " "
                    + (row.allowed().get(column) ? "yes" : "no") + ", the gateway answered " + response.statusCode());
        }
    }

    private static String onlineBookableType() throws Exception {
        for (JsonNode type : getJson("/api/booking/appointment-types")) {
            if (type.get("onlineBookable").asBoolean()) {
                return type.get("id").asString();
            }
        }
        throw new IllegalStateException("no online-bookable appointment type");
    }

    /**
     * Free times far ahead (months out), where no other test books, none overlapping another of the same
     * practitioner (free slots start every quarter hour and overlap), so each booking can succeed on its own.
     */
    private static List<JsonNode> freeSlots(String type, int wanted) throws Exception {
        LocalDate day = today().plusDays(150);
        List<JsonNode> slots = new ArrayList<>();
        Map<String, java.time.OffsetDateTime> takenUntil = new java.util.HashMap<>();
        while (slots.size() < wanted) {
            JsonNode found = getJson("/api/booking/slots?appointmentTypeId=" + type + "&from=" + day + "&to="
                    + day.plusDays(6)).get("slots");
            for (JsonNode slot : found) {
                var start = java.time.OffsetDateTime.parse(slot.get("start").asString());
                var end = java.time.OffsetDateTime.parse(slot.get("end").asString());
                var free = takenUntil.get(slot.get("practitionerId").asString());
                if (free == null || !start.isBefore(free)) {
                    slots.add(slot);
                    // Past any buffer the type keeps after a visit.
                    takenUntil.put(slot.get("practitionerId").asString(), end.plusMinutes(30));
                }
            }
            day = day.plusDays(7);
        }
        return slots.subList(0, wanted);
    }

    /** Counted on the desk's schedule, as an ADMIN sees it, over the days the slots span. */
    private static int storedWithLastName(String lastName, List<JsonNode> slots) throws Exception {
        LocalDate first = LocalDate.parse(slots.get(0).get("start").asString().substring(0, 10)).minusDays(1);
        LocalDate last = LocalDate.parse(slots.get(slots.size() - 1).get("start").asString().substring(0, 10))
                .plusDays(1);
        int count = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(7)) {
            var schedule = send("GET", "/api/booking/schedule?date=" + day + "&days=7", SESSIONS.get("ADMIN"), null,
                    null, Map.of());
            for (JsonNode appointment : JSON.readTree(schedule.body()).get("appointments")) {
                if (appointment.get("patient").get("lastName").asString().equals(lastName)) {
                    count++;
                }
            }
        }
        return count;
    }

    private static LocalDate today() throws Exception {
        return LocalDate.now(ZoneId.of(getJson("/api/booking/clinic").get("timeZone").asString()));
    }

    private static JsonNode getJson(String path) throws Exception {
        var response = send("GET", path, null, null, null, Map.of());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /**
     * Same-origin as far as the gateway's cross-site check can tell (a form post from its own pages), so that the
     * answers say what security thinks of the token, not of where the request came from.
     */
    private static HttpResponse<String> send(String method, String path, String bearer, String contentType,
            String body, Map<String, String> headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(30))
                .header("Origin", gateway)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request line exactly as written: an HTTP client library would tidy the dots away before sending. */
    private static String rawGet(String path) throws Exception {
        URI uri = URI.create(gateway);
        try (var socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            return response.substring(0, response.indexOf("\r\n"));
        }
    }
}
