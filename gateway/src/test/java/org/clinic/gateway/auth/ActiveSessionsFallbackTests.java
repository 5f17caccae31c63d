package org.clinic.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import reactor.core.publisher.Mono;

class ActiveSessionsFallbackTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ActiveSessionsFallback.class));

    @Test
    void withoutASessionStoreEverySignedSessionCounts() {
        runner.run(context -> assertThat(context.getBean(ActiveSessions.class).isActive("any").block()).isTrue());
    }

    @Test
    void stepsAsideForARealSessionStore() {
        ActiveSessions store = sessionId -> Mono.just(false);

        runner.withBean(ActiveSessions.class, () -> store)
                .run(context -> assertThat(context).getBean(ActiveSessions.class).isSameAs(store));
    }
}
