package io.accountable.client.opportunity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** A possible deal with a client, from qualification to won (a credited sale in quota-service) or lost. */
@Entity
@Table(name = "opportunity")
public class Opportunity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    /** The client's primary executive when the opportunity was opened: the one credited when it is won. */
    @Column(name = "executive_id", nullable = false)
    public UUID executiveId;

    @Column(name = "product_line", nullable = false)
    public String productLine;

    /** Catalogue codes of the products it sells: the client holds them once it is won. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "opportunity_product", joinColumns = @JoinColumn(name = "opportunity_id"))
    @Column(name = "product_code")
    public Set<String> productCodes = new TreeSet<>();

    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal amount;

    @Column(nullable = false)
    public String currency;

    @Column(name = "expected_close_date", nullable = false)
    public LocalDate expectedCloseDate;

    /** Percent, 0-100. */
    @Column(nullable = false)
    public int probability;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Stage stage;

    @Column(name = "lost_reason")
    public String lostReason;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Row-locked, read as last committed, so two closings of one opportunity cannot both pass (native: see Client#lockedById). */
    static Opportunity lockedById(UUID id) {
        List<?> found = getEntityManager().createNativeQuery("SELECT * FROM opportunity WHERE id = ?1 FOR UPDATE", Opportunity.class)
                .setParameter(1, id.toString()).getResultList();
        return found.isEmpty() ? null : (Opportunity) found.get(0);
    }
}
