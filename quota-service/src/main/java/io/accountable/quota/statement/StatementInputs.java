package io.accountable.quota.statement;

import io.accountable.quota.attainment.AttainmentService;
import io.accountable.quota.attainment.AttainmentService.Attained;
import io.accountable.quota.commission.PlanTerms;
import io.accountable.quota.common.Money;
import io.accountable.quota.period.Period;
import io.accountable.quota.plan.CommissionPlan;
import io.accountable.quota.plan.PlanAssignment;
import io.accountable.quota.plan.PlanService;
import io.accountable.quota.plan.PlanVersion;
import io.accountable.quota.quota.QuotaService;
import io.accountable.quota.statement.AcceptedDisputes.AcceptedDispute;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the statements of some executives for one period are computed from, the live view's (one
 * executive) and the close's (all of them, a chunk at a time) alike. Each kind of row is read in one
 * query for all the executives, never per executive. Rows of another period (the commission periods
 * around the statement's, the period of a reversed sale, a draw's earlier periods, a closed period
 * recalculated for its adjustment) are read when the calculator first asks for them, again for all.
 */
final class StatementInputs {

    /** One executive's share of a sale. */
    record Credit(UUID id, UUID saleId, BigDecimal amount, String currency, LocalDate closeDate) {
    }

    /** One executive's share of a reversal, the credit it reverses, and how much of that credit earlier reversals took. */
    record Reversal(BigDecimal amount, LocalDate date, Credit credit, BigDecimal reversedBefore) {
    }

    /** An issued statement of a closed period this period adjusts: its own lines' total, and the adjustments made to it since. */
    record Issued(Period period, BigDecimal own, BigDecimal adjustedSince) {
    }

    private final List<UUID> executives;
    private final Period period;
    private final int fiscalYearStartMonth;
    private final PlanService planService;
    private final QuotaService quotaService;
    private final Map<UUID, List<PlanAssignment>> assignments = new HashMap<>();
    private final Map<UUID, CommissionPlan> plans = new HashMap<>();
    private final Map<UUID, List<PlanVersion>> versions = new HashMap<>();
    private final Map<UUID, PlanTerms> terms = new HashMap<>();
    private final Map<UUID, Attained> attained;
    private final Map<UUID, List<AcceptedDispute>> disputes;
    private final Map<UUID, List<Issued>> adjustable = new HashMap<>();
    private final Map<Period, Map<UUID, Money>> quotas = new HashMap<>();
    private final Map<Period, Map<UUID, List<Credit>>> credits = new HashMap<>();
    private final Map<Period, Map<UUID, List<Reversal>>> reversals = new HashMap<>();

    StatementInputs(List<UUID> executives, Period period, int fiscalYearStartMonth, PlanService planService, QuotaService quotaService,
            AttainmentService attainment, AcceptedDisputes acceptedDisputes) {
        this.executives = List.copyOf(executives);
        this.period = period;
        this.fiscalYearStartMonth = fiscalYearStartMonth;
        this.planService = planService;
        this.quotaService = quotaService;
        readPlans();
        this.attained = attainment.attained(this.executives, period);
        this.disputes = acceptedDisputes.paidIn(this.executives, period);
        readAdjustable();
    }

    List<UUID> executives() {
        return executives;
    }

    Period period() {
        return period;
    }

    Optional<PlanAssignment> assignmentOn(UUID executiveId, LocalDate date) {
        return assignments.getOrDefault(executiveId, List.of()).stream().filter(a -> a.covers(date)).findFirst();
    }

    CommissionPlan plan(UUID planId) {
        return plans.get(planId);
    }

    Optional<PlanVersion> versionOn(CommissionPlan plan, LocalDate date) {
        return PlanVersion.inEffectOn(versions.getOrDefault(plan.id, List.of()), date);
    }

    PlanTerms terms(PlanVersion version) {
        return terms.computeIfAbsent(version.id, id -> planService.terms(version));
    }

    /** The executive's quota for a period within one fiscal year; empty when none is set. */
    Optional<Money> quota(UUID executiveId, Period of) {
        return Optional.ofNullable(quotas.computeIfAbsent(of, this::readQuotas).get(executiveId));
    }

    /** The executive's credits closed in the period, in the order they were credited. */
    List<Credit> credits(UUID executiveId, Period of) {
        return credits.computeIfAbsent(of, this::readCredits).getOrDefault(executiveId, List.of());
    }

    /** The executive's reversals dated in the period, in the order they were made. */
    List<Reversal> reversals(UUID executiveId, Period of) {
        return reversals.computeIfAbsent(of, this::readReversals).getOrDefault(executiveId, List.of());
    }

    Attained attained(UUID executiveId) {
        return attained.get(executiveId);
    }

    List<AcceptedDispute> disputes(UUID executiveId) {
        return disputes.getOrDefault(executiveId, List.of());
    }

    /** The executive's issued statements whose next open period is this one, earliest first. */
    List<Issued> adjustable(UUID executiveId) {
        return adjustable.getOrDefault(executiveId, List.of());
    }

    private void readPlans() {
        PlanAssignment.<PlanAssignment> list("executiveId in ?1 order by validFrom", executives)
                .forEach(a -> assignments.computeIfAbsent(a.executiveId, id -> new ArrayList<>()).add(a));
        List<UUID> planIds = assignments.values().stream().flatMap(List::stream).map(a -> a.planId).distinct().toList();
        if (planIds.isEmpty()) {
            return;
        }
        for (Object[] row : entityManager().createQuery("select p, v from CommissionPlan p, PlanVersion v where v.planId = p.id and p.id in ?1",
                Object[].class).setParameter(1, planIds).getResultList()) {
            CommissionPlan plan = (CommissionPlan) row[0];
            plans.put(plan.id, plan);
            versions.computeIfAbsent(plan.id, id -> new ArrayList<>()).add((PlanVersion) row[1]);
        }
    }

    /**
     * The statements of the closed periods whose next open period is this one (none when this one is
     * closed), with the sums the adjustment is worked out from: two queries, or none when there are none.
     */
    private void readAdjustable() {
        Set<String> closed = ClosedPeriod.codes();
        if (closed.contains(period.code())) {
            return;
        }
        Map<String, Period> closedBefore = new HashMap<>();
        closed.stream().map(code -> Period.parse(code, fiscalYearStartMonth))
                .filter(p -> p.kind() == period.kind() && p.end().isBefore(period.start())
                        && ClosedPeriod.firstOpenAfter(p, closed, fiscalYearStartMonth).equals(period))
                .forEach(p -> closedBefore.put(p.code(), p));
        if (closedBefore.isEmpty()) {
            return;
        }
        Map<UUID, Map<String, BigDecimal>> adjustedSince = new HashMap<>();
        entityManager().createQuery("select s.executiveId, l.adjustedPeriod, sum(l.amount) from StatementLine l, Statement s"
                + " where l.statementId = s.id and s.executiveId in ?1 and l.kind = ?2 and l.adjustedPeriod in ?3"
                + " group by s.executiveId, l.adjustedPeriod", Object[].class)
                .setParameter(1, executives).setParameter(2, LineKind.ADJUSTMENT).setParameter(3, closedBefore.keySet())
                .getResultList()
                .forEach(row -> adjustedSince.computeIfAbsent((UUID) row[0], id -> new HashMap<>()).put((String) row[1], (BigDecimal) row[2]));
        entityManager().createQuery("select s.executiveId, s.periodCode, coalesce(sum(l.amount), 0) from Statement s"
                + " left join StatementLine l on l.statementId = s.id and l.kind not in ?3"
                + " where s.executiveId in ?1 and s.periodCode in ?2 group by s.executiveId, s.periodCode", Object[].class)
                .setParameter(1, executives).setParameter(2, closedBefore.keySet())
                .setParameter(3, EnumSet.of(LineKind.ADJUSTMENT, LineKind.DISPUTE))
                .getResultList()
                .forEach(row -> adjustable.computeIfAbsent((UUID) row[0], id -> new ArrayList<>())
                        .add(new Issued(closedBefore.get((String) row[1]), (BigDecimal) row[2],
                                adjustedSince.getOrDefault((UUID) row[0], Map.of()).getOrDefault((String) row[1], BigDecimal.ZERO))));
        adjustable.values().forEach(issued -> issued.sort(Comparator.comparing(i -> i.period().end())));
    }

    private Map<UUID, Money> readQuotas(Period of) {
        Map<UUID, Money> read = new HashMap<>();
        quotaService.quotasFor(executives, List.of(of)).forEach((executiveId, ofPeriod) -> read.put(executiveId, ofPeriod.get(of)));
        return read;
    }

    private Map<UUID, List<Credit>> readCredits(Period of) {
        Map<UUID, List<Credit>> read = new HashMap<>();
        entityManager().createQuery("select c.executiveId, c.id, c.saleId, c.creditedAmount, c.currency, c.closeDate from SaleCredit c"
                + " where c.executiveId in ?1 and c.closeDate between ?2 and ?3 order by c.closeDate, c.createdAt, c.id", Object[].class)
                .setParameter(1, executives).setParameter(2, of.start()).setParameter(3, of.end())
                .getResultList()
                .forEach(row -> read.computeIfAbsent((UUID) row[0], id -> new ArrayList<>())
                        .add(new Credit((UUID) row[1], (UUID) row[2], (BigDecimal) row[3], (String) row[4], (LocalDate) row[5])));
        return read;
    }

    private Map<UUID, List<Reversal>> readReversals(Period of) {
        Map<UUID, List<Reversal>> read = new HashMap<>();
        entityManager().createQuery("select r.executiveId, r.amount, r.reversalDate, c.id, c.saleId, c.creditedAmount, c.currency, c.closeDate,"
                + " (select coalesce(sum(e.amount), 0) from ReversalCredit e where e.saleCreditId = r.saleCreditId and e.createdAt < r.createdAt)"
                + " from ReversalCredit r, SaleCredit c where c.id = r.saleCreditId and r.executiveId in ?1 and r.reversalDate between ?2 and ?3"
                + " order by r.reversalDate, r.createdAt", Object[].class)
                .setParameter(1, executives).setParameter(2, of.start()).setParameter(3, of.end())
                .getResultList()
                .forEach(row -> read.computeIfAbsent((UUID) row[0], id -> new ArrayList<>())
                        .add(new Reversal((BigDecimal) row[1], (LocalDate) row[2],
                                new Credit((UUID) row[3], (UUID) row[4], (BigDecimal) row[5], (String) row[6], (LocalDate) row[7]),
                                (BigDecimal) row[8])));
        return read;
    }

    private static EntityManager entityManager() {
        return Statement.getEntityManager();
    }
}
