package io.accountable.compliance.gift;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One recipient's pro-rata share of a gift: what the limit adds up. */
@Entity
@Table(name = "gift_share")
public class GiftShare extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "gift_id", nullable = false)
    public UUID giftId;

    @Column(nullable = false)
    public int position;

    /** The contact's id, or for a person not (yet) in the contact directory an id derived from name and employer. */
    @Column(name = "recipient_id", nullable = false)
    public UUID recipientId;

    @Column(name = "contact_id")
    public UUID contactId;

    @Column(name = "recipient_name", nullable = false)
    public String recipientName;

    @Column(name = "employer_name", nullable = false)
    public String employerName;

    @Column(name = "share_usd", nullable = false)
    public BigDecimal shareUsd;

    @Column(name = "counts_toward_limit", nullable = false)
    public boolean countsTowardLimit;

    @Column(name = "gift_date", nullable = false)
    public LocalDate giftDate;
}
