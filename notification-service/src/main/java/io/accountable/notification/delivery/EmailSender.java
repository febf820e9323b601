package io.accountable.notification.delivery;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;

/** Sends an e-mail delivery over SMTP, as plain text with an HTML alternative. */
@ApplicationScoped
public class EmailSender implements DeliverySender {

    /** Lets a mail client or an archive recognise a resent e-mail as the same one. */
    public static final String DELIVERY_ID_HEADER = "X-Accountable-Delivery-Id";

    @Inject
    Mailer mailer;

    @Inject
    @Location("email/layout.html")
    Template layout;

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.EMAIL;
    }

    @Override
    public Integer send(Delivery delivery, int attempt) {
        String html = layout.data("subject", delivery.subject)
                .data("paragraphs", Arrays.stream(delivery.payload.split("\\R")).filter(line -> !line.isBlank()).toList())
                .data("link", delivery.link)
                .render();
        String text = delivery.link == null ? delivery.payload : delivery.payload + "\n\nOpen in Accountable: " + delivery.link;
        try {
            mailer.send(Mail.withText(delivery.destination, delivery.subject, text)
                    .setHtml(html)
                    .addHeader(DELIVERY_ID_HEADER, delivery.id.toString()));
            return null;
        } catch (RuntimeException e) {
            throw new DeliveryFailure("SMTP: " + e.getMessage(), null, e);
        }
    }
}
