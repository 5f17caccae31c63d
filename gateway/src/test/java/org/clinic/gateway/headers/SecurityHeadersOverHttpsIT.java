package org.clinic.gateway.headers;

import org.springframework.boot.test.context.SpringBootTest;

/** Behind TLS (CLINIC_COOKIE_SECURE=true): HSTS on every answer, the session cookie Secure and __Host- prefixed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "clinic.auth.cookie-secure=true")
class SecurityHeadersOverHttpsIT extends SecurityHeadersContract {

    @Override
    boolean https() {
        return true;
    }
}
