package io.accountable.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature receivers check: hex HMAC-SHA256, keyed with the subscription's secret, over
 * {@code <timestamp>.<body>}. Signing the timestamp lets receivers refuse old, replayed requests.
 */
public final class WebhookSignature {

    public static final String DELIVERY_ID_HEADER = "Accountable-Delivery-Id";
    public static final String TIMESTAMP_HEADER = "Accountable-Timestamp";
    public static final String SIGNATURE_HEADER = "Accountable-Signature";
    public static final String ATTEMPT_HEADER = "Accountable-Delivery-Attempt";
    static final String SCHEME = "v1=";

    private WebhookSignature() {
    }

    /** The header value: {@code v1=<hex>}; the scheme prefix lets the algorithm change without breaking receivers. */
    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return SCHEME + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
