package io.accountable.quota.statement;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.accountable.platform.problem.ProblemException;
import io.accountable.quota.common.UniqueRows;
import io.accountable.platform.security.CurrentUser;
import io.accountable.platform.time.FirmCalendar;
import io.accountable.quota.attainment.AttainmentApi.AttainmentView;
import io.accountable.quota.attainment.AttainmentService;
import io.accountable.quota.common.Money;
import io.accountable.quota.dispute.Dispute;
import io.accountable.quota.executive.TeamAccess;
import io.accountable.quota.period.Period;
import io.accountable.quota.period.QuotaConfig;
import io.accountable.quota.plan.PlanAssignment;
import io.accountable.quota.statement.StatementApi.ClosedPeriodView;
import io.accountable.quota.statement.StatementApi.LineView;
import io.accountable.quota.statement.StatementApi.StatementView;
import io.accountable.quota.statement.StatementApi.Totals;
import io.accountable.quota.statement.StatementCalculator.Computed;
import io.accountable.quota.statement.StatementCalculator.Line;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Statements: live while their period is open, issued and locked when it closes. A change that
 * touches a closed period never rewrites its statement: the difference shows up as an ADJUSTMENT
 * line in the statement of the next open period of the same kind.
 */
@ApplicationScoped
@Transactional
public class StatementService {

    @Inject
    StatementCalculator calculator;

    @Inject
    AttainmentService attainment;

    @Inject
    StatementEvents events;

    @Inject
    TeamAccess access;

    @Inject
    CurrentUser user;

    @Inject
    QuotaConfig config;

    @Inject
    FirmCalendar calendar;

    @Transactional(SUPPORTS)
    public StatementView get(UUID executiveId, Period period) {
        access.requireMaySee(executiveId);
        return Statement.of(executiveId, period.code()).map(issued -> view(issued, period)).orElseGet(() -> live(executiveId, period));
    }

    /**
     * Closes a period: issues and locks the statement of everyone on a plan in it. One transaction, so
     * a period is closed with every statement or not at all; a firm's month-end (1,000 executives,
     * 100,000 sales: bench/results) takes longer than the default transaction timeout allows.
     */
    @TransactionConfiguration(timeout = 600)
    public ClosedPeriodView close(Period period) {
        if (ClosedPeriod.isClosed(period.code())) {
            throw ProblemException.conflict("period-already-closed", "Period " + period + " is already closed");
        }
        if (!period.end().isBefore(calendar.today())) {
            throw ProblemException.ruleViolation("period-not-over", "Period " + period + " ends on " + period.end() + "; close it after that",
                    Map.of("periodEnd", period.end().toString()));
        }
        List<UUID> executives = PlanAssignment.getEntityManager().createQuery(
                "select distinct a.executiveId from PlanAssignment a where a.validFrom <= ?1 and (a.validTo is null or a.validTo >= ?2)",
                UUID.class).setParameter(1, period.end()).setParameter(2, period.start()).getResultList();
        Instant closedAt = Instant.now();
        // Issued while the period still counts as open, so each statement takes the adjustments due to it.
        EntityManager entityManager = Statement.getEntityManager();
        for (UUID executiveId : executives) {
            issue(executiveId, period, closedAt);
            // Written, so forgotten: otherwise every later flush checks every earlier executive's sales
            // and lines again, and the close grows with the square of the firm.
            entityManager.flush();
            entityManager.clear();
        }
        ClosedPeriod closed = new ClosedPeriod();
        closed.periodCode = period.code();
        closed.periodKind = period.kind();
        closed.closedBy = user.id();
        closed.closedAt = closedAt;
        closed.persist();
        UniqueRows.flushOr(() -> ProblemException.conflict("period-already-closed", "Period " + period + " is already closed"));
        events.closed(closed, period.start(), period.end(), executives.size());
        return new ClosedPeriodView(closed.periodCode, closed.closedAt, closed.closedBy, executives.size());
    }

    private void issue(UUID executiveId, Period period, Instant issuedAt) {
        StatementView live = live(executiveId, period);
        Statement statement = new Statement();
        statement.id = UUID.randomUUID();
        statement.executiveId = executiveId;
        statement.periodCode = period.code();
        statement.periodKind = period.kind();
        statement.periodEnd = period.end();
        statement.currency = live.totals().totalCompensation().currency();
        statement.planId = live.planId();
        statement.quotaAmount = live.quota() == null ? null : live.quota().amount();
        statement.creditedAmount = live.credited().amount();
        statement.attainmentPercent = live.attainmentPercent();
        statement.totalCompensation = live.totals().totalCompensation().amount();
        statement.issuedAt = issuedAt;
        statement.persist();
        for (LineView line : live.lines()) {
            StatementLine stored = new StatementLine();
            stored.id = UUID.randomUUID();
            stored.statementId = statement.id;
            stored.lineNo = line.lineNo();
            stored.kind = line.kind();
            stored.lineDate = line.date();
            stored.saleId = line.saleId();
            stored.adjustedPeriod = line.adjustedPeriod();
            stored.baseAmount = line.baseAmount();
            stored.ratePercent = line.ratePercent();
            stored.amount = line.amount().amount();
            stored.rule = line.rule().length() > 1000 ? line.rule().substring(0, 1000) : line.rule();
            stored.persist();
        }
        Statement.flush();
        events.issued(statement);
    }

    private StatementView live(UUID executiveId, Period period) {
        Computed computed = calculator.compute(executiveId, period);
        List<Line> lines = new ArrayList<>(computed.lines());
        lines.addAll(adjustments(executiveId, period, computed.currency()));
        for (Dispute dispute : Dispute.acceptedInto(executiveId, period.code())) {
            Statement disputed = Statement.findById(dispute.statementId);
            lines.add(new Line(LineKind.DISPUTE, period.start(), null, disputed.periodCode, null, null, dispute.adjustmentAmount,
                    "dispute of line " + dispute.lineNo + " of " + disputed.periodCode + " accepted: " + dispute.resolutionComment));
        }
        List<LineView> views = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            views.add(new LineView(i + 1, line.kind(), line.date(), line.saleId(), line.adjustedPeriod(), line.baseAmount(), line.ratePercent(),
                    Money.of(line.amount(), computed.currency()), line.rule()));
        }
        AttainmentView attained = attainment.attainment(executiveId, period);
        return new StatementView(null, executiveId, period.code(), period.start(), period.end(), false, computed.planId(), attained.quota(),
                attained.credited(), attained.percent(), views, totals(views, computed.currency()), null);
    }

    /**
     * For each closed period whose next open period (same kind) is this one: what its statement would
     * be now, less what was issued for it and adjusted since.
     */
    private List<Line> adjustments(UUID executiveId, Period period, String currency) {
        if (ClosedPeriod.isClosed(period.code())) {
            return List.of();
        }
        List<Line> adjustments = new ArrayList<>();
        List<Statement> issued = Statement.list("executiveId = ?1 and periodKind = ?2 and periodEnd < ?3 order by periodEnd", executiveId,
                period.kind(), period.start());
        for (Statement statement : issued) {
            Period closed = Period.parse(statement.periodCode, config.fiscalYearStartMonth());
            if (!firstOpenAfter(closed).equals(period)) {
                continue;
            }
            BigDecimal now = calculator.compute(executiveId, closed).lines().stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal issuedOwn = statement.lines().stream().filter(l -> l.kind != LineKind.ADJUSTMENT && l.kind != LineKind.DISPUTE).map(l -> l.amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal adjustedSince = Statement.getEntityManager().createQuery(
                    "select coalesce(sum(l.amount), 0) from StatementLine l, Statement s where l.statementId = s.id and s.executiveId = ?1"
                            + " and l.kind = ?2 and l.adjustedPeriod = ?3", BigDecimal.class)
                    .setParameter(1, executiveId).setParameter(2, LineKind.ADJUSTMENT).setParameter(3, closed.code()).getSingleResult();
            BigDecimal difference = now.subtract(issuedOwn).subtract(adjustedSince).setScale(2, java.math.RoundingMode.HALF_UP);
            if (difference.signum() != 0) {
                adjustments.add(new Line(LineKind.ADJUSTMENT, period.start(), null, closed.code(), null, null, difference,
                        "recalculation of closed period " + closed + ": " + now.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()
                                + " now against " + issuedOwn.add(adjustedSince).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()
                                + " issued"));
            }
        }
        return adjustments;
    }

    /** The first period of the same kind after {@code closed} that is not closed. */
    public Period firstOpenAfter(Period closed) {
        Period next = closed.next(config.fiscalYearStartMonth());
        while (ClosedPeriod.isClosed(next.code())) {
            next = next.next(config.fiscalYearStartMonth());
        }
        return next;
    }

    private StatementView view(Statement statement, Period period) {
        List<LineView> lines = statement.lines().stream().map(l -> new LineView(l.lineNo, l.kind, l.lineDate, l.saleId, l.adjustedPeriod,
                l.baseAmount, l.ratePercent, Money.of(l.amount, statement.currency), l.rule)).toList();
        return new StatementView(statement.id, statement.executiveId, statement.periodCode, period.start(), period.end(), true,
                statement.planId, statement.quotaAmount == null ? null : Money.of(statement.quotaAmount, statement.currency),
                Money.of(statement.creditedAmount, statement.currency), statement.attainmentPercent, lines,
                totals(lines, statement.currency), statement.issuedAt);
    }

    private static Totals totals(List<LineView> lines, String currency) {
        return new Totals(sum(lines, EnumSet.of(LineKind.SALE), currency), sum(lines, EnumSet.of(LineKind.CLAWBACK), currency),
                sum(lines, EnumSet.of(LineKind.CAP), currency), sum(lines, EnumSet.of(LineKind.BONUS), currency),
                sum(lines, EnumSet.of(LineKind.DRAW_TOP_UP, LineKind.DRAW_RECOVERY), currency),
                sum(lines, EnumSet.of(LineKind.BASE_SALARY), currency), sum(lines, EnumSet.of(LineKind.ADJUSTMENT, LineKind.DISPUTE), currency),
                sum(lines, EnumSet.allOf(LineKind.class), currency));
    }

    private static Money sum(List<LineView> lines, Set<LineKind> kinds, String currency) {
        return Money.of(lines.stream().filter(l -> kinds.contains(l.kind())).map(l -> l.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add),
                currency);
    }
}
