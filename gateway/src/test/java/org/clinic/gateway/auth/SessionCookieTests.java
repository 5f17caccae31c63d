package org.clinic.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class SessionCookieTests {

    private static final String TOKEN = "aaa.bbb.ccc";

    @Test
    void overHttpsTheCookieHasTheHostPrefixAndEverythingThePrefixRequires() {
        ResponseCookie cookie = SessionCookie.issue(TOKEN, Duration.ofHours(8), true);

        assertThat(cookie.getName()).isEqualTo("__Host-CLINIC_SESSION");
        assertThat(cookie.isSecure()).isTrue();
        assertThat(cookie.getPath()).isEqualTo("/");
        assertThat(cookie.getDomain()).isNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo("Strict");
        assertThat(SessionCookie.expire(true).getName()).isEqualTo("__Host-CLINIC_SESSION");
    }

    @Test
    void overPlainHttpTheCookieKeepsItsPlainNameWithoutSecure() {
        ResponseCookie cookie = SessionCookie.issue(TOKEN, Duration.ofHours(8), false);

        assertThat(cookie.getName()).isEqualTo("CLINIC_SESSION");
        assertThat(cookie.isSecure()).isFalse();
        assertThat(SessionCookie.expire(false).getName()).isEqualTo("CLINIC_SESSION");
    }

    /** A plain-named cookie can be planted over http or by another host of the domain: not read over https. */
    @Test
    void readsOnlyTheNameInUse() {
        var plain = MockServerHttpRequest.get("/").cookie(new HttpCookie("CLINIC_SESSION", TOKEN)).build();
        var prefixed = MockServerHttpRequest.get("/").cookie(new HttpCookie("__Host-CLINIC_SESSION", TOKEN)).build();

        assertThat(SessionCookie.tokenFrom(prefixed, true)).hasValue(TOKEN);
        assertThat(SessionCookie.tokenFrom(plain, true)).isEmpty();
        assertThat(SessionCookie.tokenFrom(plain, false)).hasValue(TOKEN);
        assertThat(SessionCookie.tokenFrom(prefixed, false)).isEmpty();
    }
}
