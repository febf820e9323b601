package io.accountable.compliance.gift;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A warning sent because a recipient's gifts reached the policy's threshold in a window. */
@Entity
@Table(name = "limit_warning")
public class LimitWarning extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "recipient_id", nullable = false)
    public UUID recipientId;

    @Column(name = "window_start", nullable = false)
    public LocalDate windowStart;

    @Column(name = "window_end", nullable = false)
    public LocalDate windowEnd;

    @Column(name = "limit_usd", nullable = false)
    public BigDecimal limitUsd;

    @Column(name = "used_usd", nullable = false)
    public BigDecimal usedUsd;

    @Column(name = "gift_id", nullable = false)
    public UUID giftId;

    @Column(name = "warned_at", nullable = false)
    public Instant warnedAt;
}
