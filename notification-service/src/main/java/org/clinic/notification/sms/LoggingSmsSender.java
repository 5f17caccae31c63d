package org.clinic.notification.sms;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The default SMS "provider": writes the message to the log, so development and demos need no account. */
public class LoggingSmsSender implements SmsSender {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsSender.class);

    @Override
    public void send(String phoneNumber, String text) {
        log.info("SMS to {}: {}", masked(phoneNumber), text);
    }

    /** Logs are read more widely than the delivery log: keep only enough of the number to tell patients apart. */
    static String masked(String phoneNumber) {
        if (phoneNumber == null || phoneNumber.length() <= 4) {
            return "****";
        }
        return "*".repeat(phoneNumber.length() - 4) + phoneNumber.substring(phoneNumber.length() - 4);
    }

    @Configuration(proxyBeanMethods = false)
    static class DefaultSmsProvider {

        @Bean
        @ConditionalOnMissingBean(SmsSender.class)
        SmsSender loggingSmsSender() {
            return new LoggingSmsSender();
        }
    }
}
