package org.clinic.notification.sms;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * An SMS provider with Twilio's Messages API (or one shaped like it). Set {@code accountSid} to switch it on; then
 * {@code authToken} and {@code from} are required.
 *
 * @param baseUrl   the API's origin; a stub in tests
 * @param from      the sending number (E.164) or messaging service sender the account owns
 */
@ConfigurationProperties("clinic.sms.twilio")
public record TwilioProperties(
        String baseUrl,
        String accountSid,
        String authToken,
        String from,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout) {

    public TwilioProperties {
        if (configured(accountSid) && (!StringUtils.hasText(authToken) || !StringUtils.hasText(from))) {
            throw new IllegalArgumentException("clinic.sms.twilio.account-sid is set, so auth-token and from are "
                    + "required too (CLINIC_SMS_TWILIO_AUTH_TOKEN, CLINIC_SMS_TWILIO_FROM)");
        }
    }

    static boolean configured(String accountSid) {
        return StringUtils.hasText(accountSid);
    }

    /** Never the auth token: a record's own toString would print it wherever the settings are logged. */
    @Override
    public String toString() {
        return "TwilioProperties[baseUrl=" + baseUrl + ", accountSid=" + accountSid + ", from=" + from
                + ", authToken=" + (StringUtils.hasText(authToken) ? "(set)" : "(unset)") + "]";
    }
}
