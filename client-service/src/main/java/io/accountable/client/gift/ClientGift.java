package io.accountable.client.gift;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One recipient's share of a gift compliance-service recorded, kept for the timeline of the client
 * the recipient is a contact of. compliance-service owns the gift; this is what its event said.
 */
@Entity
@Table(name = "client_gift")
public class ClientGift extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "gift_id", nullable = false)
    public UUID giftId;

    @Column(name = "recipient_id", nullable = false)
    public UUID recipientId;

    @Column(name = "contact_id", nullable = false)
    public UUID contactId;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "recipient_name", nullable = false)
    public String recipientName;

    /** The executives who gave it. */
    @Convert(converter = UuidList.class)
    @Column(name = "giver_ids", nullable = false)
    public List<UUID> giverIds;

    @Column(name = "gift_date", nullable = false)
    public LocalDate giftDate;

    /** compliance-service's gift category, as its event names it. */
    @Column(nullable = false)
    public String category;

    /** This recipient's share, in US dollars. */
    @Column(name = "value_usd", nullable = false)
    public BigDecimal valueUsd;

    @Column(name = "corrects_gift_id")
    public UUID correctsGiftId;

    /** A later gift corrects this one: compliance keeps it, but the timeline shows the correction instead. */
    @Column(nullable = false)
    public boolean corrected;

    /** When compliance-service recorded it (the event's time). */
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
