package org.clinic.notification.preference;

import java.util.UUID;
import org.clinic.notification.delivery.Channel;
import org.clinic.notification.sms.SmsSender;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Picks the channel for a message: the patient's preference when we can reach them there, otherwise whichever
 * contact we have (a phone booking without an email gets SMS), otherwise nothing, with the reason. SMS counts as a
 * way to reach someone only while an SMS provider is configured; without one a patient who prefers SMS gets email,
 * and one with only a phone number is recorded as not told ({@link SmsSender#NO_PROVIDER}).
 */
@Component
public class ChannelChoice {

    public static final String NO_CONTACT = "no email address or phone number";

    private final ChannelPreferences preferences;
    private final ObjectProvider<SmsSender> smsProvider;

    ChannelChoice(ChannelPreferences preferences, ObjectProvider<SmsSender> smsProvider) {
        this.preferences = preferences;
        this.smsProvider = smsProvider;
    }

    public Route choose(UUID patientId, String email, String phone) {
        Channel preferred = preferences.of(patientId);
        boolean hasEmail = email != null && !email.isBlank();
        boolean hasPhone = phone != null && !phone.isBlank();
        boolean smsWorks = smsProvider.getIfAvailable() != null;
        if (preferred == Channel.SMS && hasPhone && smsWorks) {
            return new Route(Channel.SMS, phone.strip(), null);
        }
        if (hasEmail) {
            return new Route(Channel.EMAIL, email.strip(), null);
        }
        if (hasPhone) {
            return new Route(Channel.SMS, phone.strip(), smsWorks ? null : SmsSender.NO_PROVIDER);
        }
        return new Route(preferred, null, NO_CONTACT);
    }

    /** Where to send; {@code suppressedBecause} is set when there is nowhere. */
    public record Route(Channel channel, String recipient, String suppressedBecause) {

        public boolean deliverable() {
            return suppressedBecause == null;
        }
    }
}
