package io.accountable.quota.statement;

import io.accountable.platform.problem.ProblemException;
import io.accountable.quota.commission.Clawback;
import io.accountable.quota.commission.CommissionCalculator;
import io.accountable.quota.commission.CommissionLine;
import io.accountable.quota.commission.CreditedAmount;
import io.accountable.quota.commission.PeriodSettlement;
import io.accountable.quota.commission.PeriodSettler;
import io.accountable.quota.commission.PlanTerms;
import io.accountable.quota.common.Money;
import io.accountable.quota.period.Period;
import io.accountable.quota.period.QuotaConfig;
import io.accountable.quota.plan.CommissionPlan;
import io.accountable.quota.plan.PlanAssignment;
import io.accountable.quota.plan.PlanVersion;
import io.accountable.quota.statement.StatementInputs.Credit;
import io.accountable.quota.statement.StatementInputs.Reversal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Computes an executive's statement lines for a period from the credited sales, reversals, quota
 * and plan, as {@link StatementInputs} holds them for the live view and the close alike. Tiers,
 * cap, bonuses and draw apply per commission period (the plan's MONTH, QUARTER or YEAR, with the
 * plan version and quota in effect at its end); a statement shows the sale and clawback lines dated
 * in it, and the settlement of every commission period that ends in it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatementCalculator {

    /** A computed line, before it is numbered. */
    public record Line(LineKind kind, LocalDate date, UUID saleId, String adjustedPeriod, BigDecimal baseAmount, BigDecimal ratePercent,
            BigDecimal amount, String rule) {
    }

    /** Everything a statement shows, computed live. */
    public record Computed(UUID planId, String currency, List<Line> lines) {
    }

    /** One commission period's plan, sale lines and settlement, for one executive. */
    record CommissionPeriod(Period period, PlanVersion version, PlanTerms terms, String currency, List<Credit> credits,
            Map<UUID, CommissionLine> lines, BigDecimal quota) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    QuotaConfig config;

    public Computed compute(StatementInputs inputs, UUID executiveId, Period statementPeriod) {
        Map<String, CommissionPeriod> cache = new HashMap<>();
        PlanAssignment assignment = assignment(inputs, executiveId, statementPeriod);
        CommissionPlan plan = inputs.plan(assignment.planId);
        PlanVersion version = inputs.versionOn(plan, statementPeriod.end()).orElseThrow(() -> ProblemException.ruleViolation("no-plan-for-period",
                "Plan " + plan.name + " has no version in effect by " + statementPeriod.end(), Map.of("planId", plan.id)));
        List<Line> lines = new ArrayList<>();
        for (Period period = Period.containing(version.commissionPeriod, statementPeriod.start(), startMonth());
                !period.start().isAfter(statementPeriod.end()); period = period.next(startMonth())) {
            CommissionPeriod commission = commissionPeriod(inputs, executiveId, period, cache);
            if (commission == null) {
                continue;
            }
            for (Credit credit : commission.credits()) {
                if (statementPeriod.contains(credit.closeDate())) {
                    CommissionLine line = commission.lines().get(credit.id());
                    lines.add(new Line(LineKind.SALE, credit.closeDate(), credit.saleId(), null, line.amount(), line.ratePercent(),
                            line.commission(), line.rule() + (period.equals(statementPeriod) ? "" : " (commission period " + period + ")")));
                }
            }
            for (Line clawback : clawbacks(inputs, executiveId, commission, cache)) {
                if (statementPeriod.contains(clawback.date())) {
                    lines.add(clawback);
                }
            }
            if (statementPeriod.contains(period.end())) {
                lines.addAll(settlementLines(commission, settle(inputs, executiveId, commission, assignment, cache)));
            }
        }
        lines.add(new Line(LineKind.BASE_SALARY, statementPeriod.end(), null, null, version.baseSalary, null,
                PeriodSettler.baseSalaryShare(version.baseSalary, statementPeriod.fiscalMonth(), statementPeriod.months()),
                statementPeriod.months() + "/12 of the annual base salary " + cents(version.baseSalary).toPlainString()));
        return new Computed(plan.id, plan.currency, lines);
    }

    private PlanAssignment assignment(StatementInputs inputs, UUID executiveId, Period period) {
        return inputs.assignmentOn(executiveId, period.end()).or(() -> inputs.assignmentOn(executiveId, period.start()))
                .orElseThrow(() -> ProblemException.ruleViolation("no-plan-for-period",
                        "Executive " + executiveId + " is on no commission plan in " + period, Map.of("period", period.code())));
    }

    /** The commission period's plan and lines, or null when the executive was on no plan at its end. */
    private CommissionPeriod commissionPeriod(StatementInputs inputs, UUID executiveId, Period period, Map<String, CommissionPeriod> cache) {
        if (cache.containsKey(period.code())) {
            return cache.get(period.code());
        }
        CommissionPeriod computed = inputs.assignmentOn(executiveId, period.end()).or(() -> inputs.assignmentOn(executiveId, period.start()))
                .map(a -> inputs.plan(a.planId))
                .flatMap(plan -> inputs.versionOn(plan, period.end()).map(version -> build(inputs, executiveId, period, plan, version)))
                .orElse(null);
        cache.put(period.code(), computed);
        return computed;
    }

    private CommissionPeriod build(StatementInputs inputs, UUID executiveId, Period period, CommissionPlan plan, PlanVersion version) {
        PlanTerms terms = inputs.terms(version);
        BigDecimal quota = inputs.quota(executiveId, period).filter(q -> q.currency().equals(plan.currency)).map(Money::amount)
                .orElse(null);
        List<Credit> credits = inputs.credits(executiveId, period).stream().filter(c -> c.currency().equals(plan.currency)).toList();
        CommissionCalculator calculator;
        try {
            calculator = new CommissionCalculator(terms, quota);
        } catch (IllegalArgumentException e) {
            throw ProblemException.ruleViolation(terms.needsQuota() && quota == null ? "no-quota-for-period" : "plan-not-applicable",
                    "Plan " + plan.name + " cannot be applied to executive " + executiveId + " in " + period + ": " + e.getMessage(),
                    Map.of("period", period.code()));
        }
        List<CommissionLine> lines = calculator.lines(credits.stream()
                .map(c -> new CreditedAmount(c.id().toString(), c.amount())).toList());
        Map<UUID, CommissionLine> byCredit = new HashMap<>();
        lines.forEach(line -> byCredit.put(UUID.fromString(line.reference()), line));
        return new CommissionPeriod(period, version, terms, plan.currency, credits, byCredit, quota);
    }

    /** Reversals dated in the commission period, each clawing back at the rate its sale was originally paid. */
    private List<Line> clawbacks(StatementInputs inputs, UUID executiveId, CommissionPeriod commission, Map<String, CommissionPeriod> cache) {
        List<Line> lines = new ArrayList<>();
        for (Reversal reversal : inputs.reversals(executiveId, commission.period())) {
            Credit credit = reversal.credit();
            if (!credit.currency().equals(commission.currency())) {
                continue;
            }
            CommissionPeriod original = commissionPeriod(inputs, executiveId,
                    Period.containing(commission.version().commissionPeriod, credit.closeDate(), startMonth()), cache);
            CommissionLine paid = original == null ? null : original.lines().get(credit.id());
            BigDecimal commissionPaid = paid == null ? BigDecimal.ZERO : paid.commission();
            BigDecimal clawback = Clawback.of(credit.amount(), commissionPaid, reversal.reversedBefore(), reversal.amount());
            BigDecimal rate = paid == null ? BigDecimal.ZERO : paid.ratePercent();
            lines.add(new Line(LineKind.CLAWBACK, reversal.date(), credit.saleId(), null, reversal.amount().negate(), rate, clawback,
                    "clawback at the " + rate.stripTrailingZeros().toPlainString() + "% originally paid on the sale closed " + credit.closeDate()));
        }
        return lines;
    }

    /** Cap, bonuses and draw of a commission period; the draw balance runs on from the executive's earlier periods. */
    private PeriodSettlement settle(StatementInputs inputs, UUID executiveId, CommissionPeriod commission, PlanAssignment assignment,
            Map<String, CommissionPeriod> cache) {
        BigDecimal balance = BigDecimal.ZERO;
        if (commission.terms().draw() != null && commission.terms().draw().recoverable()) {
            for (Period earlier = Period.containing(commission.version().commissionPeriod, assignment.validFrom, startMonth());
                    earlier.start().isBefore(commission.period().start()); earlier = earlier.next(startMonth())) {
                CommissionPeriod previous = commissionPeriod(inputs, executiveId, earlier, cache);
                if (previous != null && previous.terms().draw() != null) {
                    balance = settleAlone(inputs, executiveId, previous, balance, cache).drawBalanceAfter();
                }
            }
        }
        return settleAlone(inputs, executiveId, commission, balance, cache);
    }

    private PeriodSettlement settleAlone(StatementInputs inputs, UUID executiveId, CommissionPeriod commission, BigDecimal drawBalance,
            Map<String, CommissionPeriod> cache) {
        BigDecimal net = commission.lines().values().stream().map(CommissionLine::commission).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal reversedAmount = BigDecimal.ZERO;
        for (Line clawback : clawbacks(inputs, executiveId, commission, cache)) {
            net = net.add(clawback.amount());
            reversedAmount = reversedAmount.add(clawback.baseAmount());
        }
        BigDecimal credited = commission.credits().stream().map(Credit::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .add(reversedAmount);
        BigDecimal attainment = commission.quota() == null || commission.quota().signum() == 0 ? null
                : credited.multiply(HUNDRED).divide(commission.quota(), 2, RoundingMode.DOWN);
        return new PeriodSettler(commission.terms()).settle(net, attainment, drawBalance);
    }

    private static List<Line> settlementLines(CommissionPeriod commission, PeriodSettlement settlement) {
        List<Line> lines = new ArrayList<>();
        LocalDate end = commission.period().end();
        String of = " of commission period " + commission.period();
        if (settlement.capAdjustment().signum() != 0) {
            lines.add(new Line(LineKind.CAP, end, null, null, settlement.commission(), null, settlement.capAdjustment(),
                    "commission " + settlement.commission().toPlainString() + " capped at "
                            + cents(commission.terms().cap()).toPlainString() + of));
        }
        settlement.bonusesEarned().forEach(bonus -> lines.add(new Line(LineKind.BONUS, end, null, null, null, null, cents(bonus.amount()),
                "bonus for reaching " + bonus.attainmentPercent().stripTrailingZeros().toPlainString() + "% of quota" + of)));
        if (settlement.drawTopUp().signum() != 0) {
            lines.add(new Line(LineKind.DRAW_TOP_UP, end, null, null, settlement.earned(), null, settlement.drawTopUp(),
                    "draw tops " + settlement.earned().toPlainString() + " up to " + cents(commission.terms().draw().minimum()).toPlainString()
                            + "; owed " + settlement.drawBalanceAfter().toPlainString() + of));
        }
        if (settlement.drawRecovery().signum() != 0) {
            lines.add(new Line(LineKind.DRAW_RECOVERY, end, null, null, settlement.earned(), null, settlement.drawRecovery(),
                    "recovers earlier draw; owed " + settlement.drawBalanceAfter().toPlainString() + of));
        }
        return lines;
    }

    private int startMonth() {
        return config.fiscalYearStartMonth();
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
