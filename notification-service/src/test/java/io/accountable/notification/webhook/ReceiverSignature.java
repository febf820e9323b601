package io.accountable.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The receiver's side of the signature, written independently of the service's code, as docs/webhooks.md shows it. */
final class ReceiverSignature {

    private ReceiverSignature() {
    }

    static String hmacSha256Hex(String secret, String signedContent) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(signedContent.getBytes(StandardCharsets.UTF_8)));
    }
}
