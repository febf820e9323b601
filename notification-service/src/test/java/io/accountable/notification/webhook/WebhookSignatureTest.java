package io.accountable.notification.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The signing against the Standard Webhooks specification's published test vector. */
class WebhookSignatureTest {

    /** From the specification's reference libraries (standard-webhooks, libraries/*: the signature test). */
    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final String MESSAGE_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    static final long TIMESTAMP = 1614265330L;
    static final String PAYLOAD = "{\"test\": 2432232314}";
    static final String EXPECTED = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void signsThePublishedTestVector() {
        assertEquals(EXPECTED, WebhookSignature.sign(List.of(SECRET), MESSAGE_ID, TIMESTAMP, PAYLOAD));
    }

    @Test
    void signsWithEachSecretInOrderSpaceSeparatedWhileASecretIsRotated() {
        String other = WebhookSignature.newSecret();
        String both = WebhookSignature.sign(List.of(other, SECRET), MESSAGE_ID, TIMESTAMP, PAYLOAD);
        assertEquals(WebhookSignature.sign(List.of(other), MESSAGE_ID, TIMESTAMP, PAYLOAD) + " " + EXPECTED, both);
    }

    @Test
    void theIdAndTheTimestampAreSigned() {
        assertTrue(!EXPECTED.equals(WebhookSignature.sign(List.of(SECRET), "msg_other", TIMESTAMP, PAYLOAD)));
        assertTrue(!EXPECTED.equals(WebhookSignature.sign(List.of(SECRET), MESSAGE_ID, TIMESTAMP + 1, PAYLOAD)));
    }

    @Test
    void aNewSecretIsWhsecAnd32RandomBytesInBase64() {
        String secret = WebhookSignature.newSecret();
        assertTrue(secret.startsWith("whsec_"));
        assertEquals(32, Base64.getDecoder().decode(secret.substring("whsec_".length())).length);
        assertTrue(!secret.equals(WebhookSignature.newSecret()));
    }

    @Test
    void aSecretThatIsNotWhsecBase64IsKeyedWithItsUtf8Bytes() {
        assertEquals("whsec_not base64!", new String(WebhookSignature.key("whsec_not base64!"), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("legacy-secret-0123", new String(WebhookSignature.key("legacy-secret-0123"), java.nio.charset.StandardCharsets.UTF_8));
    }
}
