package io.accountable.quota.attainment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Whether an executive's attainment in a period is at or above a threshold, as last published. */
@Entity
@Table(name = "attainment_threshold")
public class AttainmentThreshold extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "executive_id") UUID executiveId, @Column(name = "period_code") String periodCode,
            @Column(name = "threshold", precision = 7, scale = 2) BigDecimal threshold) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public boolean crossed;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
