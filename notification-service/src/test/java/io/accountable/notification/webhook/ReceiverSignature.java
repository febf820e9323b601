package io.accountable.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The receiver's side of the signatures, written independently of the service's code, as docs/webhooks.md shows it. */
final class ReceiverSignature {

    private ReceiverSignature() {
    }

    /** The deprecated Accountable-Signature: hex, keyed with the secret's UTF-8 bytes. */
    static String hmacSha256Hex(String secret, String signedContent) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(signedContent.getBytes(StandardCharsets.UTF_8)));
    }

    /** Standard Webhooks: v1, and base64 HMAC-SHA256 of id.timestamp.body keyed with the base64-decoded part of whsec_... */
    static String standard(String whsecSecret, String id, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(whsecSecret.substring("whsec_".length())), "HmacSHA256"));
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }
}
