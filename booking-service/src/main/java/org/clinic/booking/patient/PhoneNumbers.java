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
}
