package org.clinic.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.clinic.notification.sms.SmsSender;
import org.junit.jupiter.api.Test;

class DeliveryLogFragmentTests {

    private final DeliveryLogFragment fragment = new DeliveryLogFragment(ZoneId.of("America/New_York"));

    @Test
    void saysPlainlyThatAnSmsOwedWithoutAProviderReachedNobody() {
        String html = fragment.render(List.of(
                entry(DeliveryStatus.SUPPRESSED, SmsSender.NO_PROVIDER),
                entry(DeliveryStatus.SUPPRESSED, "patient notification not requested")));

        assertThat(html).contains("class=\"delivery delivery--no-sms-provider\" data-status=\"NO_SMS_PROVIDER\"",
                "Not sent – no SMS service set up", SmsSender.NO_PROVIDER);
        assertThat(html).contains("class=\"delivery delivery--suppressed\" data-status=\"SUPPRESSED\"",
                "Not sent (not needed)");
    }

    private static DeliveryLogEntry entry(DeliveryStatus status, String reason) {
        return new DeliveryLogEntry(UUID.randomUUID(), NotificationKind.CONFIRMATION, Channel.SMS, status, 0, reason,
                null);
    }
}
