package io.accountable.quota.statement;

import io.accountable.quota.period.Period;
import io.accountable.quota.period.PeriodKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;

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

    /**
     * Makes the calling transaction, which must not have run a statement yet, read from one snapshot
     * (REPEATABLE READ) instead of the service's READ COMMITTED: a close computes each statement's
     * header and lines by separate queries, and a sale committed between them would make them
     * disagree. The snapshot is taken by the first plain read, after {@link #lockClosing()}'s locking
     * read, so it still sees what the previous close committed.
     */
    public static void readFromOneSnapshot() {
        getEntityManager().createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ").executeUpdate();
    }

    /**
     * Holds the closes' lock until the transaction ends: closes run one at a time, each after the one
     * before committed. Native SQL: Hibernate's MySQL dialect writes FOR UPDATE OF, which MariaDB rejects.
     */
    public static void lockClosing() {
        getEntityManager().createNativeQuery("SELECT name FROM period_close_lock WHERE name = 'close' FOR UPDATE").getResultList();
    }

    /**
     * Shares the closes' lock until the transaction ends: waits for a close in progress to commit and
     * holds off the next one, while other holders go on side by side. Native SQL, like lockClosing.
     */
    public static void holdOffClosing() {
        getEntityManager().createNativeQuery("SELECT name FROM period_close_lock WHERE name = 'close' LOCK IN SHARE MODE").getResultList();
    }

    public static boolean isClosed(String periodCode) {
        return findById(periodCode) != null;
    }

    /** The codes of every closed period: a few a month, so read whole. */
    public static Set<String> codes() {
        return Set.copyOf(getEntityManager().createQuery("select c.periodCode from ClosedPeriod c", String.class).getResultList());
    }

    /** The first period of the same kind after {@code closed} whose code is not among {@code closedCodes}. */
    public static Period firstOpenAfter(Period closed, Set<String> closedCodes, int fiscalYearStartMonth) {
        Period next = closed.next(fiscalYearStartMonth);
        while (closedCodes.contains(next.code())) {
            next = next.next(fiscalYearStartMonth);
        }
        return next;
    }
}
