package org.clinic.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SessionCookieRelayFilterTests {

    @Test
    void removesOnlyTheSessionCookie() {
        assertThat(SessionCookieRelayFilter.withoutSessionCookie(List.of("a=1; CLINIC_SESSION=x.y.z; b=2")))
                .containsExactly("a=1; b=2");
    }

    @Test
    void mergesSeveralCookieHeadersAndDropsThemWhenNothingIsLeft() {
        assertThat(SessionCookieRelayFilter.withoutSessionCookie(List.of("a=1", "CLINIC_SESSION=x.y.z")))
                .containsExactly("a=1");
        assertThat(SessionCookieRelayFilter.withoutSessionCookie(List.of(" CLINIC_SESSION=x.y.z ;"))).isEmpty();
    }

    @Test
    void removesTheHttpsNameOfTheSessionCookieToo() {
        assertThat(SessionCookieRelayFilter.withoutSessionCookie(List.of("a=1; __Host-CLINIC_SESSION=x.y.z; b=2")))
                .containsExactly("a=1; b=2");
    }

    @Test
    void keepsCookiesWhoseNameOnlyResemblesTheSessionCookie() {
        assertThat(SessionCookieRelayFilter.withoutSessionCookie(List.of("CLINIC_SESSION_HINT=1; clinic_session=2")))
                .containsExactly("CLINIC_SESSION_HINT=1; clinic_session=2");
    }
}
