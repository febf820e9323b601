package io.accountable.client.gift;

import io.accountable.client.client.Money;
import io.accountable.client.contact.Contact;
import io.accountable.platform.events.EventHandler;
import io.accountable.platform.events.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Keeps the gift shares compliance-service records for the client's people, by the recipient's
 * contact. compliance-service knows contacts only from this service's contact events, so a share
 * naming no contact (a person outside the contact directory) or a contact this service does not
 * have belongs to no client here, now or later, and is left out.
 */
@ApplicationScoped
public class GiftsRecorded implements EventHandler {

    static final String GIFT_RECORDED = "accountable.compliance.gift-recorded.v1";

    private static final Logger LOG = Logger.getLogger(GiftsRecorded.class);

    record GiftRecordedPayload(UUID giftId, UUID recipientId, UUID contactId, List<UUID> giverIds, LocalDate giftDate, String category,
            Money valueUsd, UUID correctsGiftId) {
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(GIFT_RECORDED);
    }

    @Override
    public void apply(IncomingEvent event) {
        GiftRecordedPayload gift = event.dataAs(GiftRecordedPayload.class);
        Contact contact = gift.contactId() == null ? null : Contact.findById(gift.contactId());
        if (contact == null) {
            LOG.debugf("Gift %s to %s names no contact of a client; not on any timeline", gift.giftId(), gift.recipientId());
            return;
        }
        // the same share published again under another event id is still one share
        if (ClientGift.count("giftId = ?1 and recipientId = ?2", gift.giftId(), gift.recipientId()) > 0) {
            return;
        }
        ClientGift share = new ClientGift();
        share.id = UUID.randomUUID();
        share.giftId = gift.giftId();
        share.recipientId = gift.recipientId();
        share.contactId = contact.id;
        share.clientId = contact.clientId;
        share.recipientName = contact.fullName;
        share.giverIds = List.copyOf(gift.giverIds());
        share.giftDate = gift.giftDate();
        share.category = gift.category();
        share.valueUsd = gift.valueUsd().amount();
        share.correctsGiftId = gift.correctsGiftId();
        // shares are keyed by recipient, so a correction may arrive before the gift it corrects
        share.corrected = ClientGift.count("correctsGiftId", gift.giftId()) > 0;
        share.recordedAt = event.time() == null ? Instant.now() : event.time().toInstant();
        share.persist();
        if (gift.correctsGiftId() != null) {
            ClientGift.update("corrected = true where giftId = ?1", gift.correctsGiftId());
        }
    }
}
