package io.accountable.compliance.preclearance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** A recipient of a planned gift, with their allowance as it stood when the pre-clearance was decided. */
@Entity
@Table(name = "preclearance_recipient")
public class PreclearanceRecipient extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "preclearance_id", nullable = false)
    public UUID preclearanceId;

    @Column(nullable = false)
    public int position;

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

    @Column(name = "used_usd", nullable = false)
    public BigDecimal usedUsd;

    @Column(name = "limit_usd", nullable = false)
    public BigDecimal limitUsd;
}
