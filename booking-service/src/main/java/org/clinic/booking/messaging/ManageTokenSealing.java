package org.clinic.booking.messaging;

import org.clinic.platform.secrets.SecretSeal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key that seals a patient's manage token inside appointment events (CLINIC_MANAGE_LINK_KEY, shared with
 * notification-service, which alone needs to open it): the topic, its dead letters and this service's outbox then
 * never hold the token in the clear. Without a valid key the service refuses to start.
 */
@Configuration(proxyBeanMethods = false)
class ManageTokenSealing {

    @Bean
    SecretSeal manageTokenSeal(@Value("${clinic.manage-link.key:}") String key) {
        return SecretSeal.fromBase64Key(key, "clinic.manage-link.key (CLINIC_MANAGE_LINK_KEY)");
    }
}
