package org.clinic.gateway.auth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import reactor.core.publisher.Mono;

/**
 * Counts every validly signed session as active when nothing else decides: a session then ends only when its token
 * expires. An auto-configuration (listed in META-INF/spring, kept out of component scanning) because only there is
 * {@code @ConditionalOnMissingBean} evaluated after all of the application's own beans, however those are declared.
 */
@AutoConfiguration
class ActiveSessionsFallback {

    private static final Logger log = LoggerFactory.getLogger(ActiveSessionsFallback.class);

    @Bean
    @ConditionalOnMissingBean(ActiveSessions.class)
    ActiveSessions everySignedSessionIsActive() {
        log.warn("No session store: a staff session ends only when its token expires (sign-out cannot end it early)");
        return sessionId -> Mono.just(true);
    }
}
