package org.clinic.booking.appointment;

/** How an appointment was booked: by the patient on the site, or by the front desk for a caller. */
public enum BookingChannel {
    ONLINE, PHONE
}
