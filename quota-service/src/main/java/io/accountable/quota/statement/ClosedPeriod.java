package io.accountable.quota.statement;

import io.accountable.quota.period.PeriodKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A period whose statements are issued and locked. */
@Entity
@Table(name = "closed_period")
public class ClosedPeriod extends PanacheEntityBase {

    @Id
    @Column(name = "period_code")
    public String periodCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false)
    public PeriodKind periodKind;

    @Column(name = "closed_by", nullable = false)
    public String closedBy;

    @Column(name = "closed_at", nullable = false)
    public Instant closedAt;

    public static boolean isClosed(String periodCode) {
        return findById(periodCode) != null;
    }
}
