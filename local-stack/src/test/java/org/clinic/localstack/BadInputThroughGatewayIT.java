package org.clinic.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

/**
 * Client mistakes against every public and desk endpoint, sent through the gateway as a real client would:
 * each answer is a 4xx problem document without internals, never a 500, and no appointment is stored.
 */
@ExtendWith(RunningStack.class)
class BadInputThroughGatewayIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TYPE = "11111111-0000-0000-0000-000000000003";
    private static final String LIN = "22222222-0000-0000-0000-000000000002";
    private static final String BIG = "x".repeat(10_000);
    private static String gateway;
    private static String staff;

    private record Call(String method, String path, String contentType, String body) {
    }

    @BeforeAll
    static void logInAsFrontDesk() throws Exception {
        gateway = RunningStack.stack().gatewayUrl();
        var login = send(new Call("POST", "/api/auth/login", "application/json", """
                {"username": "desk", "password": "%s"}""".formatted(RunningStack.stack().staffPasswords().get("desk"))),
                null);
        staff = JSON.readTree(login.body()).get("token").asString();
    }

    @Test
    void everyMistakeIsAFourHundredProblemAndNothingIsStored() throws Exception {
        String day = LocalDate.now().plusDays(7).toString();
        String good = """
                {"appointmentTypeId": "%s", "practitionerId": "%s", "start": "%sT15:00:00Z",
                 "patient": {"firstName": "A", "lastName": "B", "email": "a@example.org", "phone": "+15555550100"}}"""
                .formatted(TYPE, LIN, day);
        List<Call> calls = new ArrayList<>();
        for (String path : List.of("/api/booking/appointments", "/api/booking/desk/appointments")) {
            calls.add(new Call("POST", path, "application/json", "{\"appointmentTypeId\": "));
            calls.add(new Call("POST", path, "application/json", "[]"));
            calls.add(new Call("POST", path, "application/json", good.replace(TYPE, "nope")));
            calls.add(new Call("POST", path, "application/json", good.replace(TYPE, UUID.randomUUID().toString())));
            calls.add(new Call("POST", path, "application/json", good.replace("\"A\"", "\"" + BIG + "\"")));
            calls.add(new Call("POST", path, "application/json", good.replace(day + "T15:00:00Z", "0000-01-01T09:00:00Z")));
            calls.add(new Call("POST", path, "application/json", good.replace(day + "T15:00:00Z", "9999-12-31T09:00:00Z")));
            calls.add(new Call("POST", path, "application/json", good.replace("\"phone\": \"+15555550100\"", "\"phone\": 42")));
            calls.add(new Call("POST", path, "application/json", good.replace("a@example.org", "not-an-email")));
            calls.add(new Call("POST", path, "text/plain", good));
            calls.add(new Call("POST", path, "application/xml", "<booking/>"));
        }
        String slots = "/api/booking/slots?appointmentTypeId=" + TYPE;
        calls.add(new Call("GET", slots + "&from=2026-12-10&to=2026-12-01", null, null));
        calls.add(new Call("GET", slots + "&from=2026-12-01&to=2027-02-01", null, null));
        calls.add(new Call("GET", slots + "&from=12/01/2026&to=2026-12-01", null, null));
        calls.add(new Call("GET", "/api/booking/slots?appointmentTypeId=nope&from=2026-12-01&to=2026-12-01", null, null));
        calls.add(new Call("GET", "/api/booking/appointments/ABCDEFGH", null, null));
        calls.add(new Call("POST", "/api/booking/appointments/ABCDEFGH/cancel", "application/json", "{}"));
        calls.add(new Call("POST", "/api/booking/appointments/ABCDEFGH/reschedule", "application/json", "{\"start\": 5}"));
        calls.add(new Call("GET", "/api/booking/appointments/ABCDEFGH/calendar.ics", null, null));
        calls.add(new Call("GET", "/api/booking/patients?q=" + "x".repeat(500), null, null));
        calls.add(new Call("GET", "/api/booking/schedule?date=yesterday", null, null));
        calls.add(new Call("GET", "/api/booking/schedule?date=2026-12-01&days=99", null, null));
        calls.add(new Call("POST", "/api/booking/desk/appointments/not-a-uuid/status", "application/json", "{\"status\": \"ARRIVED\"}"));
        calls.add(new Call("POST", "/api/booking/desk/appointments/" + UUID.randomUUID() + "/status", "application/json", "{\"status\": \"GONE\"}"));
        calls.add(new Call("POST", "/api/booking/desk/appointments/" + UUID.randomUUID() + "/cancel", "application/json", "{}"));
        calls.add(new Call("POST", "/api/booking/desk/appointments/" + UUID.randomUUID() + "/reschedule", "application/json", "{}"));
        String hours = "/api/booking/practitioners/" + LIN + "/working-hours";
        calls.add(new Call("PUT", hours, "application/json", "[{\"dayOfWeek\": \"MONDAY\", \"start\": \"09:00\", "
                + "\"end\": \"12:00\"}, {\"dayOfWeek\": \"MONDAY\", \"start\": \"11:00\", \"end\": \"13:00\"}]"));
        calls.add(new Call("PUT", hours, "application/json", "[{\"dayOfWeek\": \"FUNDAY\", \"start\": \"09:00\", "
                + "\"end\": \"12:00\"}]"));
        calls.add(new Call("PUT", hours, "application/json", "{\"not\": \"a list\"}"));
        String timeOff = "/api/booking/practitioners/" + LIN + "/time-off";
        calls.add(new Call("POST", timeOff, "application/json", "{\"start\": \"2030-01-02T00:00:00Z\", "
                + "\"end\": \"2030-01-01T00:00:00Z\", \"reason\": \"backwards\"}"));
        calls.add(new Call("POST", timeOff, "application/json", "{\"start\": \"2030-01-01T00:00:00Z\", "
                + "\"end\": \"2030-01-02T00:00:00Z\", \"reason\": \"" + BIG + "\"}"));
        calls.add(new Call("POST", "/api/booking/practitioners/" + UUID.randomUUID() + "/time-off", "application/json",
                "{\"start\": \"2030-01-01T00:00:00Z\", \"end\": \"2030-01-02T00:00:00Z\"}"));
        calls.add(new Call("POST", "/api/booking/closures", "application/json", "{\"from\": \"someday\"}"));
        calls.add(new Call("GET", "/api/content/articles?page=-1", null, null));
        calls.add(new Call("GET", "/api/content/articles?size=abc", null, null));
        calls.add(new Call("GET", "/api/content/articles/no-such-article", null, null));
        calls.add(new Call("GET", "/api/notifications?appointmentId=nope", null, null));
        calls.add(new Call("POST", "/api/auth/login", "application/json", "{\"username\": 1"));
        calls.add(new Call("GET", "/api/nothing-here", null, null));

        for (Call call : calls) {
            for (String token : new String[] {null, staff}) {
                var response = send(call, token);
                String what = call.method() + " " + call.path() + " " + (call.body() == null ? ""
                        : call.body().substring(0, Math.min(80, call.body().length()))) + " -> " + response.statusCode()
                        + " " + response.body();
                assertThat(response.statusCode()).as(what).isBetween(400, 499);
                assertThat(response.headers().firstValue("Content-Type").orElse("")).as(what)
                        .startsWith("application/problem+json");
                assertThat(response.body()).as(what).doesNotContain("Exception", "SQL", "org.clinic", "\tat ");
                assertThat(response.headers().firstValue("X-Request-Id")).as(what).isPresent();
            }
        }
        var schedule = send(new Call("GET", "/api/booking/schedule?date=" + LocalDate.now() + "&days=7", null, null), staff);
        assertThat(JSON.readTree(schedule.body()).get("appointments").toString()).doesNotContain("a@example.org");
    }

    private static HttpResponse<String> send(Call call, String token) throws Exception {
        var builder = HttpRequest.newBuilder(URI.create(gateway + call.path()));
        if (call.contentType() != null) {
            builder.header("Content-Type", call.contentType());
        }
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        builder.method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(call.body()));
        return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }
}
