package org.clinic.localstack;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Access tokens such as the gateway sends a service for a signed-in session, made with this run's signing key, for
 * tools that call a service directly, bypassing the gateway: the benchmarks time both paths. A browser or API client
 * never gets one; they sign in at the gateway.
 */
final class DirectAccessTokens {

    private DirectAccessTokens() {
    }

    static String mint(KeyPair signingKeys, String username, List<String> roles, Duration lifetime) {
        Instant now = Instant.now();
        var claims = new JWTClaimsSet.Builder()
                .issuer("clinic-gateway")
                .audience("clinic-services")
                .subject(username)
                .claim("roles", roles)
                .claim("sid", "direct-" + UUID.randomUUID())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .build();
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new ECDSASigner((ECPrivateKey) signingKeys.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
