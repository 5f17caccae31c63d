package org.clinic.booking.appointment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Request bodies for booking tests. */
public final class TestBookings {

    private TestBookings() {
    }

    public static Map<String, Object> online(UUID type, UUID practitioner, String start, String email) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("appointmentTypeId", type.toString());
        body.put("practitionerId", practitioner.toString());
        body.put("start", start);
        body.put("patient", patient("Ana", "Ruiz", email, "+1 555 555 0123"));
        return body;
    }

    public static Map<String, Object> patient(String first, String last, String email, String phone) {
        Map<String, Object> patient = new LinkedHashMap<>();
        patient.put("firstName", first);
        patient.put("lastName", last);
        patient.put("email", email);
        patient.put("phone", phone);
        return patient;
    }
}
