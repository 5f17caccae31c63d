package org.clinic.booking.desk.schedule;


/** Addresses of desk pages that several features link to; query strings are built with {@link org.clinic.booking.appointment.PageLinks#link}. */
public final class DeskLinks {

    private DeskLinks() {
    }

    public static String panel(Object appointmentId) {
        return "/desk/appointments/" + appointmentId;
    }
}
