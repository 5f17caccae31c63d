package org.clinic.gateway.headers;

import org.springframework.boot.test.context.SpringBootTest;

/** Plain http, as the local run: no HSTS, the session cookie without Secure under its plain name. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersIT extends SecurityHeadersContract {

    @Override
    boolean https() {
        return false;
    }
}
