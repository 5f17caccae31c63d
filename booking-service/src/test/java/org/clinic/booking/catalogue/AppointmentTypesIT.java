package org.clinic.booking.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clinic.booking.BookingIntegrationTest;
import org.clinic.booking.TestHttp;
import org.clinic.booking.appointment.TestBookings;
import org.clinic.testsupport.StaffTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Admins add, change and retire appointment types; the demo catalogue is put back after each test. */
class AppointmentTypesIT extends BookingIntegrationTest {

    private static final String TYPES = "/api/booking/appointment-types";
    private static final String[] ADMIN = {"Authorization", "Bearer " + StaffTokens.valid("ADMIN")};
    private static final String[] DESK = {"Authorization", "Bearer " + StaffTokens.valid("FRONT_DESK")};
    private static final String[] EDITOR = {"Authorization", "Bearer " + StaffTokens.valid("EDITOR")};

    @Autowired
    Catalogue catalogue;

    private List<Map<String, Object>> demoTypes;
    private List<Map<String, Object>> demoOffers;

    @Test
    void anAdminAddsATypeThatIsListedAndBookableAtOnce() {
        var added = http.post(TYPES, type("Dry needling", 30, 10, List.of(LIN)), ADMIN);

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String id = added.json().get("id").asString();
        assertThat(added.header("Location")).isEqualTo(TYPES + "/" + id);
        assertThat(added.json().get("name").asString()).isEqualTo("Dry needling");
        assertThat(added.json().get("durationMinutes").asInt()).isEqualTo(30);
        assertThat(added.json().get("bufferMinutes").asInt()).isEqualTo(10);
        assertThat(added.json().get("onlineBookable").asBoolean()).isTrue();
        assertThat(added.json().get("active").asBoolean()).isTrue();
        assertThat(listed(id).get("practitionerIds").get(0).asString()).isEqualTo(LIN.toString());
        var booked = http.post("/api/booking/appointments",
                TestBookings.online(UUID.fromString(id), LIN, "2026-12-01T11:00:00-05:00", "ana@example.org"));
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        assertThat(booked.json().get("end").asString()).isEqualTo("2026-12-01T11:30:00-05:00");
    }

    @Test
    void aChangeAppliesToNewBookingsWhileBookedVisitsKeepTheirTimes() {
        String before = book(EVALUATION, OKAFOR, "2026-12-01T09:00:00-05:00").get("end").asString();
        Map<String, Object> evaluation = asRequest(listed(EVALUATION.toString()));
        evaluation.put("durationMinutes", 45);

        var changed = http.put(TYPES + "/" + EVALUATION, evaluation, ADMIN);

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(listed(EVALUATION.toString()).get("durationMinutes").asInt()).isEqualTo(45);
        assertThat(before).isEqualTo("2026-12-01T10:00:00-05:00");
        assertThat(jdbc.sql("SELECT count(*) FROM appointment WHERE end_at = '2026-12-01T10:00:00-05:00'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(book(EVALUATION, OKAFOR, "2026-12-01T13:00:00-05:00").get("end").asString())
                .isEqualTo("2026-12-01T13:45:00-05:00");
    }

    @Test
    void aRetiredTypeLeavesTheListsAndNewBookingsButItsAppointmentsStay() {
        String reference = book(ADJUSTMENT, LIN, "2026-12-01T11:00:00-05:00").get("reference").asString();
        Map<String, Object> adjustment = asRequest(listed(ADJUSTMENT.toString()));
        adjustment.put("active", false);

        var retired = http.put(TYPES + "/" + ADJUSTMENT, adjustment, ADMIN);

        assertThat(retired.status()).as(retired.body()).isEqualTo(200);
        assertThat(retired.json().get("active").asBoolean()).isFalse();
        assertThat(http.get(TYPES).json().findValuesAsString("id")).doesNotContain(ADJUSTMENT.toString());
        assertThat(http.get("/api/booking/slots?appointmentTypeId=" + ADJUSTMENT + "&from=2026-12-01&to=2026-12-01")
                .status()).isEqualTo(400);
        assertThat(http.post("/api/booking/appointments", TestBookings.online(ADJUSTMENT, LIN,
                "2026-12-01T12:00:00-05:00", "bo@example.org")).status()).isEqualTo(400);
        var schedule = http.get("/api/booking/schedule?date=2026-12-01", DESK).json().get("appointments");
        assertThat(schedule.findValuesAsString("reference")).contains(reference);

        adjustment.put("active", true);
        assertThat(http.put(TYPES + "/" + ADJUSTMENT, adjustment, ADMIN).status()).isEqualTo(200);
        assertThat(http.get(TYPES).json().findValuesAsString("id")).contains(ADJUSTMENT.toString());
    }

    @Test
    void theLastActiveTypeCannotBeRetired() {
        List<JsonNode> types = new ArrayList<>();
        http.get(TYPES).json().forEach(types::add);
        for (JsonNode type : types.subList(0, types.size() - 1)) {
            Map<String, Object> retire = asRequest(type);
            retire.put("active", false);
            assertThat(http.put(TYPES + "/" + type.get("id").asString(), retire, ADMIN).status()).isEqualTo(200);
        }
        JsonNode last = types.get(types.size() - 1);
        Map<String, Object> retire = asRequest(last);
        retire.put("active", false);

        var refused = http.put(TYPES + "/" + last.get("id").asString(), retire, ADMIN);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(http.get(TYPES).json()).hasSize(1);
    }

    @Test
    void invalidTypesAre400NamingTheFieldAndStoreNothing() {
        assertInvalid(type(" ", 30, 0, List.of()), "name");
        assertInvalid(type("x".repeat(101), 30, 0, List.of()), "name");
        assertInvalid(type("Short", 4, 0, List.of()), "durationMinutes");
        assertInvalid(type("Long", 481, 0, List.of()), "durationMinutes");
        assertInvalid(type("Buffer", 30, -1, List.of()), "bufferMinutes");
        assertInvalid(type("Buffer", 30, 121, List.of()), "bufferMinutes");
        assertInvalid(type("Nobody", 30, 0, List.of(UUID.randomUUID())), "practitionerIds");
        Map<String, Object> noDuration = type("No duration", 30, 0, List.of());
        noDuration.remove("durationMinutes");
        assertInvalid(noDuration, "durationMinutes");
        Map<String, Object> longDescription = type("Described", 30, 0, List.of());
        longDescription.put("description", "x".repeat(1001));
        assertInvalid(longDescription, "description");

        assertThat(http.post(TYPES, "{\"name\": \"Odd\", \"durationMinutes\": \"half an hour\"}", ADMIN).status())
                .isEqualTo(400);
        assertThat(http.post(TYPES, "{\"name\": \"Odd\", \"durationMinutes\": 30, \"practitionerIds\": [\"nope\"]}",
                ADMIN).status()).isEqualTo(400);
        assertThat(http.post(TYPES, "{\"name\": ", ADMIN).status()).isEqualTo(400);
        assertThat(http.request("POST", TYPES, "text/plain", "Odd", ADMIN).status()).isEqualTo(415);
        assertThat(http.put(TYPES + "/not-a-uuid", type("Odd", 30, 0, List.of()), ADMIN).status()).isEqualTo(400);
        assertThat(typeCount()).isEqualTo(demoTypes.size());
    }

    @Test
    void namesAreUniqueIgnoringCaseAndAnUnknownTypeIs404() {
        var duplicate = http.post(TYPES, type("initial EVALUATION", 30, 0, List.of()), ADMIN);
        var unknown = http.put(TYPES + "/" + UUID.randomUUID(), type("Ghost", 30, 0, List.of()), ADMIN);

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(typeCount()).isEqualTo(demoTypes.size());
    }

    @Test
    void onlyAdminsMayAddOrChangeTypes() {
        Map<String, Object> body = type("Massage", 30, 0, List.of());

        var anonymous = http.post(TYPES, body);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(http.post(TYPES, body, DESK).status()).isEqualTo(403);
        assertThat(http.post(TYPES, body, EDITOR).status()).isEqualTo(403);
        assertThat(http.put(TYPES + "/" + EVALUATION, body).status()).isEqualTo(401);
        assertThat(http.put(TYPES + "/" + EVALUATION, body, DESK).status()).isEqualTo(403);
        assertThat(typeCount()).isEqualTo(demoTypes.size());
        assertThat(listed(EVALUATION.toString()).get("name").asString()).isEqualTo("Initial evaluation");
    }

    @BeforeEach
    void rememberTheDemoCatalogue() {
        demoTypes = jdbc.sql("SELECT * FROM appointment_type").query().listOfRows();
        demoOffers = jdbc.sql("SELECT * FROM practitioner_appointment_type").query().listOfRows();
    }

    /** Other test classes share the database and expect the demo catalogue. */
    @AfterEach
    void restoreTheDemoCatalogue() {
        jdbc.sql("DELETE FROM appointment_audit").update();
        jdbc.sql("DELETE FROM idempotency_key").update();
        jdbc.sql("DELETE FROM appointment").update();
        jdbc.sql("DELETE FROM practitioner_appointment_type").update();
        jdbc.sql("DELETE FROM appointment_type").update();
        for (Map<String, Object> row : demoTypes) {
            jdbc.sql("""
                            INSERT INTO appointment_type (id, name, description, duration_minutes, buffer_minutes,
                                online_bookable, active, sort_order)
                            VALUES (:id, :name, :description, :duration_minutes, :buffer_minutes, :online_bookable,
                                :active, :sort_order)""").params(row).update();
        }
        for (Map<String, Object> row : demoOffers) {
            jdbc.sql("INSERT INTO practitioner_appointment_type VALUES (:practitioner_id, :appointment_type_id)")
                    .params(row).update();
        }
        catalogue.changed();
    }

    private static Map<String, Object> type(String name, int duration, int buffer, List<UUID> practitioners) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("durationMinutes", duration);
        body.put("bufferMinutes", buffer);
        body.put("practitionerIds", practitioners.stream().map(UUID::toString).toList());
        return body;
    }

    /** A listed type as a PUT body: every field, since PUT replaces the whole type. */
    private static Map<String, Object> asRequest(JsonNode type) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : List.of("name", "description")) {
            body.put(field, type.get(field).asString());
        }
        for (String field : List.of("durationMinutes", "bufferMinutes")) {
            body.put(field, type.get(field).asInt());
        }
        for (String field : List.of("onlineBookable", "active")) {
            body.put(field, type.get(field).asBoolean());
        }
        body.put("practitionerIds", type.get("practitionerIds").valueStream().map(JsonNode::asString).toList());
        return body;
    }

    private JsonNode listed(String id) {
        for (JsonNode type : http.get(TYPES).json()) {
            if (type.get("id").asString().equals(id)) {
                return type;
            }
        }
        throw new AssertionError("type " + id + " is not listed");
    }

    private JsonNode book(UUID type, UUID practitioner, String start) {
        TestHttp.Response booked = http.post("/api/booking/appointments",
                TestBookings.online(type, practitioner, start, UUID.randomUUID() + "@example.org"));
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        return booked.json();
    }

    private long typeCount() {
        return jdbc.sql("SELECT count(*) FROM appointment_type").query(Long.class).single();
    }

    private void assertInvalid(Map<String, Object> body, String field) {
        var response = http.post(TYPES, body, ADMIN);
        assertThat(response.status()).as(body + " " + response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsString("field")).as(response.body()).containsExactly(field);
    }
}
