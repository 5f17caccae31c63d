package org.clinic.notification;

import java.util.UUID;

/** AppointmentBooked records exactly as booking-service publishes them (JSON text, keyed by appointment id). */
public final class TestEvents {

    private TestEvents() {
    }

    public record Booking(UUID eventId, UUID appointmentId, String reference, String email, boolean notifyPatient) {

        public static Booking forPatient(String email) {
            return new Booking(UUID.randomUUID(), UUID.randomUUID(), newReference(), email, true);
        }

        public Booking withoutNotification() {
            return new Booking(eventId, appointmentId, reference, email, false);
        }

        public String key() {
            return appointmentId.toString();
        }

        private static String newReference() {
            return "RB-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        }
    }

    /** 08:30Z on 9 June 2026 is 9:30 AM in London (BST), which is what the patient must read. */
    public static String booked(Booking b) {
        return """
                {
                  "eventId": "%s",
                  "eventType": "AppointmentBooked",
                  "occurredAt": "2026-06-01T10:15:30Z",
                  "appointmentId": "%s",
                  "version": 1,
                  "schemaVersion": 1,
                  "appointment": {
                    "id": "%s",
                    "reference": "%s",
                    "status": "BOOKED",
                    "channel": "ONLINE",
                    "start": "2026-06-09T08:30:00Z",
                    "end": "2026-06-09T09:15:00Z",
                    "clinicName": "Riverbend Physio",
                    "clinicPhone": "+44 20 7946 0321",
                    "clinicTimeZone": "Europe/London",
                    "practitionerId": "5b0c1f7e-2d3a-4c55-9a61-0d7e3f1a2b4c",
                    "practitionerName": "Sam Okafor",
                    "appointmentTypeId": "9e4d2c1b-7a6f-4e3d-8c2b-1a0f9e8d7c6b",
                    "appointmentTypeName": "Initial assessment",
                    "patient": {
                      "id": "3f2e1d0c-b9a8-4776-a5b4-c3d2e1f0a9b8",
                      "firstName": "Maya",
                      "lastName": "Fenwick",
                      "email": %s,
                      "phone": "+44 7700 900123"
                    },
                    "managePath": "/manage/%s#token=k7Qx2mP9vR4tW8zY",
                    "notifyPatient": %s
                  }
                }
                """.formatted(b.eventId(), b.appointmentId(), b.appointmentId(), b.reference(),
                b.email() == null ? "null" : "\"" + b.email() + "\"", b.reference(), b.notifyPatient());
    }
}
