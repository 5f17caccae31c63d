package org.clinic.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.clinic.gateway.TestStaff;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class StaffTokensTests {

    /** Near the real time: TestStaff's decoder checks expiry against the real clock. */
    private static final Instant START = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    /** Wall clock for the tokens, ticker for the cache: moved together, as real time moves both. */
    private Instant now = START;
    private final StaffTokens tokens = new StaffTokens(new JwtProperties(TestStaff.PRIVATE_KEY, null),
            new AuthProperties(List.of(), null, Duration.ofHours(8), false),
            new Clock() {
                @Override
                public ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            },
            () -> TimeUnit.MILLISECONDS.toNanos(Duration.between(START, now).toMillis()));
    private final StaffUser desk = new StaffUser("desk", "$2a$04$" + "a".repeat(53), List.of(StaffRole.FRONT_DESK));

    @Test
    void aSessionTokenIsForTheGatewayAndCarriesTheSessionId() {
        Jwt session = tokens.issue(desk, "session-1");

        assertThat(session.getAudience()).containsExactly("clinic-gateway");
        assertThat(session.getClaimAsString("sid")).isEqualTo("session-1");
        assertThat(session.getExpiresAt()).isEqualTo(START.plus(Duration.ofHours(8)));
    }

    @Test
    void anAccessTokenIsForTheServicesAndLastsAMinute() {
        StaffSession session = new StaffSession("desk", List.of("FRONT_DESK"), START.plus(Duration.ofHours(8)), "session-1");

        Jwt access = TestStaff.decoder().decode(tokens.accessToken(session));

        assertThat(access.getHeaders()).containsEntry("alg", "ES256");
        assertThat(access.getClaimAsString("iss")).isEqualTo("clinic-gateway");
        assertThat(access.getAudience()).containsExactly("clinic-services");
        assertThat(access.getSubject()).isEqualTo("desk");
        assertThat(access.getClaimAsStringList("roles")).containsExactly("FRONT_DESK");
        assertThat(access.getClaimAsString("sid")).isEqualTo("session-1");
        assertThat(Duration.between(access.getIssuedAt(), access.getExpiresAt())).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void anAccessTokenNeverOutlivesItsSession() {
        StaffSession endingSoon = new StaffSession("desk", List.of("FRONT_DESK"), START.plusSeconds(10), "session-2");

        Jwt access = TestStaff.decoder().decode(tokens.accessToken(endingSoon));

        assertThat(access.getExpiresAt()).isEqualTo(START.plusSeconds(10));
    }

    @Test
    void aSessionReusesItsAccessTokenForThirtySecondsThenGetsANewOne() {
        StaffSession session = new StaffSession("desk", List.of("FRONT_DESK"), START.plus(Duration.ofHours(8)), "session-3");
        StaffSession other = new StaffSession("desk", List.of("FRONT_DESK"), START.plus(Duration.ofHours(8)), "session-4");
        String first = tokens.accessToken(session);

        now = START.plusSeconds(29);
        assertThat(tokens.accessToken(session)).isEqualTo(first);
        assertThat(tokens.accessToken(other)).isNotEqualTo(first);

        now = START.plusSeconds(31);
        String renewed = tokens.accessToken(session);
        assertThat(renewed).isNotEqualTo(first);
        assertThat(TestStaff.decoder().decode(renewed).getIssuedAt()).isEqualTo(START.plusSeconds(31));
    }

    @Test
    void verifiesItsOwnSessionTokenButNotItsAccessToken() {
        Jwt session = tokens.issue(desk, "session-5");
        StaffSession verified = tokens.verify(session.getTokenValue()).block();

        assertThat(verified).isEqualTo(new StaffSession("desk", List.of("FRONT_DESK"), session.getExpiresAt(), "session-5"));
        assertThat(tokens.verify(tokens.accessToken(verified)).blockOptional()).isEmpty();
    }
}
