package org.clinic.notification;

import org.clinic.testsupport.MutableClock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The clock tests move, and the SMS provider they read; {@code test.sms-provider=none} leaves SMS without a
 * provider (or with the one a test configures).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestInfrastructure {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }

    @Bean
    @Primary
    @ConditionalOnProperty(name = "test.sms-provider", havingValue = "recording", matchIfMissing = true)
    RecordingSmsSender recordingSmsSender() {
        return new RecordingSmsSender();
    }
}
