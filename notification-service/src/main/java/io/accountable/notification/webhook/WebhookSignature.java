package io.accountable.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signatures receivers check. The Standard Webhooks ones (https://www.standardwebhooks.com):
 * {@code webhook-signature: v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>">},
 * one per secret that signs (two while a secret is being rotated), space-separated; signing the id
 * and the timestamp lets receivers refuse replayed requests. And, until they are removed, the
 * deprecated {@code Accountable-*} ones: hex HMAC-SHA256 of {@code <timestamp>.<body>}.
 */
public final class WebhookSignature {

    public static final String ID_HEADER = "webhook-id";
    public static final String TIMESTAMP_HEADER = "webhook-timestamp";
    public static final String SIGNATURE_HEADER = "webhook-signature";

    /** Deprecated since API 2.1.0, removed in 3.0.0 (docs/webhooks.md): the headers before Standard Webhooks. */
    public static final String LEGACY_DELIVERY_ID_HEADER = "Accountable-Delivery-Id";
    public static final String LEGACY_TIMESTAMP_HEADER = "Accountable-Timestamp";
    public static final String LEGACY_SIGNATURE_HEADER = "Accountable-Signature";
    public static final String ATTEMPT_HEADER = "Accountable-Delivery-Attempt";

    /** Standard Webhooks' prefix of a secret; the rest is the key, base64-encoded. */
    public static final String SECRET_PREFIX = "whsec_";
    private static final int SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    /** The {@code webhook-signature} value: {@code v1,<base64>} for each secret, in order, space-separated. */
    public static String sign(List<String> secrets, String id, long timestamp, String body) {
        String content = id + "." + timestamp + "." + body;
        return secrets.stream()
                .map(secret -> "v1," + Base64.getEncoder().encodeToString(hmacSha256(key(secret), content)))
                .collect(Collectors.joining(" "));
    }

    /** The deprecated {@code Accountable-Signature} value, {@code v1=<hex>}, keyed with the secret's UTF-8 bytes as before. */
    public static String signLegacy(String secret, long timestamp, String body) {
        return "v1=" + HexFormat.of().formatHex(hmacSha256(secret.getBytes(StandardCharsets.UTF_8), timestamp + "." + body));
    }

    /** A new secret as Standard Webhooks writes them: {@code whsec_} and 32 random bytes in base64. */
    public static String newSecret() {
        byte[] key = new byte[SECRET_BYTES];
        RANDOM.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /**
     * The HMAC key of a secret: the base64-decoded part of a {@code whsec_} secret, as the standard's
     * libraries read it. A secret registered before secrets had that form (any other text of 16 or more
     * characters) is keyed with its UTF-8 bytes, as the deprecated signature always was.
     */
    static byte[] key(String secret) {
        if (secret.startsWith(SECRET_PREFIX)) {
            try {
                return Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
            } catch (IllegalArgumentException notBase64) {
                // a legacy secret that happens to start with the prefix
            }
        }
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] hmacSha256(byte[] key, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
