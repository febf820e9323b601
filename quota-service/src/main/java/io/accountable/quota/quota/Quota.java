package io.accountable.quota.quota;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An executive's quota for one fiscal year; its amounts are in {@link QuotaVersion}s. */
@Entity
@Table(name = "quota")
public class Quota extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "executive_id", nullable = false)
    public UUID executiveId;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Column(nullable = false, length = 3)
    public String currency;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<Quota> of(UUID executiveId, int fiscalYear) {
        return find("executiveId = ?1 and fiscalYear = ?2", executiveId, fiscalYear).firstResultOptional();
    }

    public List<QuotaVersion> versions() {
        return QuotaVersion.list("quotaId = ?1 order by sequenceNo", id);
    }
}
