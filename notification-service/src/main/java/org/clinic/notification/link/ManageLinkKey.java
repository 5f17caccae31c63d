package org.clinic.notification.link;

import org.clinic.platform.secrets.SecretSeal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key manage tokens arrive sealed with (CLINIC_MANAGE_LINK_KEY, the same as booking-service's). This service
 * keeps them sealed and opens one only to put it into a message that is being sent. Required: without it the
 * service refuses to start rather than send links that do not work.
 */
@Configuration(proxyBeanMethods = false)
class ManageLinkKey {

    @Bean
    SecretSeal manageTokenSeal(@Value("${clinic.manage-link.key:}") String key) {
        return SecretSeal.fromBase64Key(key, "clinic.manage-link.key (CLINIC_MANAGE_LINK_KEY)");
    }
}
