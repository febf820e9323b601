package io.accountable.client.product;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A product a client holds (or held: a closed holding is final), opened directly or by a won opportunity. */
@Entity
@Table(name = "product_holding")
public class ProductHolding extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "product_code", nullable = false)
    public String productCode;

    @Column(name = "opened_on", nullable = false)
    public LocalDate openedOn;

    /** The won opportunity that opened it; null when recorded directly. */
    @Column(name = "opportunity_id")
    public UUID opportunityId;

    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "close_reason")
    public String closeReason;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public boolean isOpen() {
        return closedOn == null;
    }
}
