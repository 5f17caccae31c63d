package org.clinic.booking.patient;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import java.util.Optional;
import org.clinic.booking.clinic.ClinicProperties;
import org.springframework.stereotype.Component;

/** Reads the phone numbers people type and stores them as E.164, so the same phone is found however written. */
@Component
public class PhoneNumbers {

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final String defaultRegion;

    PhoneNumbers(ClinicProperties clinic) {
        this.defaultRegion = clinic.phoneRegion();
    }

    /**
     * Empty when the text cannot be a phone number. "Possible" rather than "valid" on purpose: validity tables
     * reject fictional and newly issued ranges that are real enough to text.
     */
    public Optional<String> toE164(String text) {
        if (text == null || text.isBlank() || text.length() > 40) {
            return Optional.empty();
        }
        try {
            var number = util.parse(text, defaultRegion);
            return util.isPossibleNumber(number) ? Optional.of(util.format(number, PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /**
     * A stored (E.164) number as the desk reads it aloud: national format for the clinic's own country
     * ("(212) 555-0142"), international otherwise ("+44 20 7946 0958"); anything unreadable as it was stored.
     */
    public String forDisplay(String stored) {
        if (stored == null || stored.isBlank()) {
            return stored;
        }
        try {
            var number = util.parse(stored, defaultRegion);
            // By country code, not region: fictional 555 numbers belong to no region yet are the clinic country's.
            boolean local = number.getCountryCode() == util.getCountryCodeForRegion(defaultRegion);
            return util.format(number, local ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return stored;
        }
    }
}
