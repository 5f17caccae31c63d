package org.clinic.notification.sms;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The SMS provider, when one is configured. There is deliberately no stand-in that only logs: it would report
 * SENT for a message nobody received, and log the patient's link.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TwilioProperties.class)
class SmsProviderConfiguration {

    @Bean
    @Conditional(TwilioConfigured.class)
    SmsSender twilioSmsSender(TwilioProperties properties) {
        return new TwilioSmsSender(properties);
    }

    /** An account SID that is set and not blank; compose passes unset variables as empty ones. */
    static class TwilioConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return TwilioProperties.configured(context.getEnvironment().getProperty("clinic.sms.twilio.account-sid"));
        }
    }
}
