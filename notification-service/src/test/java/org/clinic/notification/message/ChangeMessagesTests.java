package org.clinic.notification.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinic.notification.delivery.NotificationKind.CANCELLATION;
import static org.clinic.notification.delivery.NotificationKind.CONFIRMATION;
import static org.clinic.notification.delivery.NotificationKind.RESCHEDULE;

import org.junit.jupiter.api.Test;

class ChangeMessagesTests {

    @Test
    void aBookingMovedBeforeItsConfirmationWentOutIsConfirmedAtTheNewTime() {
        assertThat(ChangeMessages.merge(CONFIRMATION, RESCHEDULE)).isEqualTo(CONFIRMATION);
    }

    @Test
    void aBookingCancelledBeforeItsConfirmationWentOutNeedsNoMessageAtAll() {
        assertThat(ChangeMessages.merge(CONFIRMATION, CANCELLATION)).isNull();
    }

    @Test
    void aMoveFollowedByAnotherMoveOrACancellationSaysOnlyTheLast() {
        assertThat(ChangeMessages.merge(RESCHEDULE, RESCHEDULE)).isEqualTo(RESCHEDULE);
        assertThat(ChangeMessages.merge(RESCHEDULE, CANCELLATION)).isEqualTo(CANCELLATION);
    }
}
