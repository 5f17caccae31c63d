package org.clinic.gateway.auth;

import com.nimbusds.jose.jwk.Curve;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * Reads the gateway's EC P-256 signing key (PKCS#8, as base64 DER on one line or as PEM) and derives its public
 * half, so that one secret configures both signing and the gateway's own verification and the two cannot disagree.
 * Messages name what is wrong but never echo any of the key.
 */
final class SigningKey {

    /** PEM armour lines; everything between them, whitespace aside, is the base64 DER. */
    private static final Pattern PEM_ARMOUR = Pattern.compile("-----(BEGIN|END) [A-Z0-9 ]+-----");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final X9ECParameters P256 = CustomNamedCurves.getByName("P-256");

    private SigningKey() {
    }

    /** The key pair; {@link IllegalArgumentException} saying what is wrong when the text is not a P-256 private key. */
    static KeyPair parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("it is not set");
        }
        if (text.contains("BEGIN EC PRIVATE KEY")) {
            throw new IllegalArgumentException("it is in SEC1 form; convert it to PKCS#8 with "
                    + "`openssl pkcs8 -topk8 -nocrypt -outform DER | openssl base64 -A`");
        }
        byte[] der;
        try {
            der = Base64.getDecoder().decode(WHITESPACE.matcher(PEM_ARMOUR.matcher(text).replaceAll("")).replaceAll(""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("it is not base64 (PKCS#8 DER) or PEM");
        }
        ECPrivateKey privateKey;
        try {
            privateKey = (ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("it is not a PKCS#8 EC private key");
        }
        if (!Curve.P_256.equals(Curve.forECParameterSpec(privateKey.getParams()))) {
            throw new IllegalArgumentException("it is not on the P-256 curve (ES256 needs prime256v1)");
        }
        return new KeyPair(publicKeyOf(privateKey), privateKey);
    }

    /** Q = d·G: the JDK can sign with a private key but cannot compute its public point, Bouncy Castle can. */
    private static ECPublicKey publicKeyOf(ECPrivateKey privateKey) {
        BigInteger d = privateKey.getS();
        if (d.signum() <= 0 || d.compareTo(P256.getN()) >= 0) {
            throw new IllegalArgumentException("its private value is out of range for P-256");
        }
        var q = new FixedPointCombMultiplier().multiply(P256.getG(), d).normalize();
        var point = new ECPoint(q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger());
        try {
            return (ECPublicKey) KeyFactory.getInstance("EC")
                    .generatePublic(new ECPublicKeySpec(point, privateKey.getParams()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK refused a point computed on its own curve", e);
        }
    }
}
