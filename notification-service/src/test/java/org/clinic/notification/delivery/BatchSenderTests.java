package org.clinic.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clinic.notification.delivery.DispatchQueue.PendingMessage;
import org.clinic.notification.sms.SmsSender;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** The last step before a provider: the token goes into the copy that is sent, and SMS needs a provider. */
class BatchSenderTests {

    private static final UUID APPOINTMENT = UUID.randomUUID();
    private static final String STORED = "Booked. Manage: https://x.example/manage/R1" + WithheldLink.MARKER;

    private final List<String> sentTexts = new ArrayList<>();

    @Test
    void theProviderGetsTheLinkWithItsTokenWhileTheQueuedMessageKeepsItWithheld() {
        PendingMessage pending = new PendingMessage(UUID.randomUUID(), APPOINTMENT, 0,
                OutgoingMessage.sms("+15555550123", STORED), null);

        Map<UUID, RuntimeException> failures = sender(true).send(List.of(pending));

        assertThat(failures).isEmpty();
        assertThat(sentTexts).containsExactly("Booked. Manage: https://x.example/manage/R1#token=k7Qx2mP9vR4tW8zYa1");
        assertThat(pending.message().text()).isEqualTo(STORED);
    }

    @Test
    void anSmsWithoutAProviderIsNotSentAndSaysWhy() {
        PendingMessage pending = new PendingMessage(UUID.randomUUID(), APPOINTMENT, 0,
                OutgoingMessage.sms("+15555550123", STORED), null);

        Map<UUID, RuntimeException> failures = sender(false).send(List.of(pending));

        assertThat(failures.get(pending.id())).isInstanceOf(BatchSender.NoSmsProvider.class)
                .hasMessage(SmsSender.NO_PROVIDER);
        assertThat(sentTexts).isEmpty();
    }

    private BatchSender sender(boolean withSmsProvider) {
        var beans = new StaticListableBeanFactory();
        if (withSmsProvider) {
            beans.addBean("sms", (SmsSender) (to, text) -> sentTexts.add(text));
        }
        LinkTokens tokens = ids -> ids.contains(APPOINTMENT) ? Map.of(APPOINTMENT, "k7Qx2mP9vR4tW8zYa1") : Map.of();
        return new BatchSender(null, beans.getBeanProvider(SmsSender.class), tokens);
    }
}
