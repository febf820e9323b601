package io.accountable.client.product;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A product the firm sells (custody, FX, treasury management …), offered from one date, possibly until another. */
@Entity
@Table(name = "product")
public class Product extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "product_line", nullable = false)
    public String productLine;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    /** Exclusive; null: offered with no end date. */
    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** May a client take the product up on this day? */
    public boolean offeredOn(LocalDate day) {
        return active && !day.isBefore(effectiveFrom) && (effectiveTo == null || day.isBefore(effectiveTo));
    }
}
