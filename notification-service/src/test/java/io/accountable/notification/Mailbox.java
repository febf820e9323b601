package io.accountable.notification;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the test SMTP server received for an address: to, from, subject, deliveryId, text and html of each message. */
public final class Mailbox {

    private Mailbox() {
    }

    public static List<Map<String, String>> to(GreenMail smtp, String address) {
        return Arrays.stream(smtp.getReceivedMessages()).map(Mailbox::describe)
                .filter(mail -> mail.get("to").contains(address)).toList();
    }

    private static Map<String, String> describe(MimeMessage message) {
        try {
            Map<String, String> mail = new LinkedHashMap<>();
            mail.put("to", String.join(",", Arrays.stream(message.getAllRecipients()).map(Object::toString).toList()));
            mail.put("from", Arrays.stream(message.getFrom()).map(Object::toString).findFirst().orElse(""));
            mail.put("subject", message.getSubject());
            String[] deliveryId = message.getHeader("X-Accountable-Delivery-Id");
            mail.put("deliveryId", deliveryId == null ? "" : deliveryId[0]);
            mail.put("text", part(message.getContent(), "text/plain"));
            mail.put("html", part(message.getContent(), "text/html"));
            return mail;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable message", e);
        }
    }

    private static String part(Object content, String mimeType) throws MessagingException, IOException {
        if (content instanceof String text) {
            return mimeType.equals("text/plain") ? text : "";
        }
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                if (body.isMimeType(mimeType)) {
                    return String.valueOf(body.getContent());
                }
                String nested = part(body.getContent(), mimeType);
                if (!nested.isEmpty()) {
                    return nested;
                }
            }
        }
        return "";
    }
}
