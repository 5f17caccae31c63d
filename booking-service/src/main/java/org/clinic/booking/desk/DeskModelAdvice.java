package org.clinic.booking.desk;

import org.clinic.booking.patient.PhoneNumbers;
import org.clinic.platform.security.StaffPageModel;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every desk page may show: who is signed in (web-theme's staff-layout reads {@code staffName}), whether they
 * may change clinic-wide settings ({@code clinicAdmin}: admins only, so the front desk sees no controls that would
 * answer 403), and phone numbers written the way people read them ({@code ${phones.forDisplay(p.phone)}}; they are
 * stored as E.164).
 */
@ControllerAdvice(basePackages = "org.clinic.booking.desk")
class DeskModelAdvice extends StaffPageModel {

    private final PhoneNumbers phones;

    DeskModelAdvice(PhoneNumbers phones) {
        this.phones = phones;
    }

    @ModelAttribute("phones")
    PhoneNumbers phones() {
        return phones;
    }
}
