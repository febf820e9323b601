package io.accountable.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final String ISSUER = "https://accountable.test/issuer";

    private static KeyPair firmKey;
    private static KeyPair otherKey;
    private static VerifiedTokens tokens;

    @BeforeAll
    static void verifierTrustingTheFirmKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        firmKey = generator.generateKeyPair();
        otherKey = generator.generateKeyPair();
        JWTAuthContextInfo context = new JWTAuthContextInfo((RSAPublicKey) firmKey.getPublic(), ISSUER);
        tokens = new VerifiedTokens(new DefaultJWTParser(context));
    }

    @Test
    void aTokenIsVerifiedOnceAndThenRecognised() throws Exception {
        String token = sign(firmKey, "alice", 300);

        var first = tokens.parse(token);
        var again = tokens.parse(token);

        assertEquals("alice", first.getName());
        assertSame(first, again);
    }

    @Test
    void aTokenWithAnotherSignatureIsVerifiedAfreshAndRefused() throws Exception {
        String genuine = sign(firmKey, "bob", 300);
        tokens.parse(genuine);
        int signature = genuine.lastIndexOf('.') + 1;
        char flipped = genuine.charAt(signature) == 'A' ? 'B' : 'A';
        String forged = genuine.substring(0, signature) + flipped + genuine.substring(signature + 1);

        assertThrows(ParseException.class, () -> tokens.parse(forged));
        assertThrows(ParseException.class, () -> tokens.parse(sign(otherKey, "bob", 300)));
    }

    @Test
    void aRefusedTokenIsNotRemembered() throws Exception {
        String expired = sign(firmKey, "carol", -3600);

        assertThrows(ParseException.class, () -> tokens.parse(expired));
        assertThrows(ParseException.class, () -> tokens.parse(expired));
    }

    @Test
    void aTokenAboutToExpireIsNotServedFromMemoryAfterItsExpiry() throws Exception {
        String shortLived = sign(firmKey, "dave", 0);

        var first = tokens.parse(shortLived);
        var again = tokens.parse(shortLived);

        assertEquals("dave", first.getName());
        assertNotSame(first, again);
    }

    private static String sign(KeyPair key, String subject, int secondsToLive) throws Exception {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setStringListClaim("groups", List.of("admin"));
        claims.setIssuedAtToNow();
        NumericDate expiry = NumericDate.now();
        expiry.addSeconds(secondsToLive);
        claims.setExpirationTime(expiry);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivate());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }
}
