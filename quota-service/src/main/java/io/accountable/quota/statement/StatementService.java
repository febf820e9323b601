package io.accountable.quota.statement;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.accountable.platform.problem.ProblemException;
import io.accountable.quota.common.UniqueRows;
import io.accountable.platform.security.CurrentUser;
import io.accountable.platform.time.FirmCalendar;
import io.accountable.quota.attainment.AttainmentService;
import io.accountable.quota.attainment.AttainmentService.Attained;
import io.accountable.quota.common.Money;
import io.accountable.quota.executive.TeamAccess;
import io.accountable.quota.period.Period;
import io.accountable.quota.period.QuotaConfig;
import io.accountable.quota.plan.PlanAssignment;
import io.accountable.quota.plan.PlanService;
import io.accountable.quota.quota.QuotaService;
import io.accountable.quota.statement.StatementApi.ClosedPeriodView;
import io.accountable.quota.statement.StatementApi.LineView;
import io.accountable.quota.statement.StatementApi.StatementView;
import io.accountable.quota.statement.StatementApi.Totals;
import io.accountable.quota.statement.StatementCalculator.Computed;
import io.accountable.quota.statement.StatementCalculator.Line;
import io.accountable.quota.statement.AcceptedDisputes.AcceptedDispute;
import io.accountable.quota.statement.StatementInputs.Issued;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.StatelessSession;

/**
 * Statements: live while their period is open, issued and locked when it closes. A change that
 * touches a closed period never rewrites its statement: the difference shows up as an ADJUSTMENT
 * line in the statement of the next open period of the same kind.
 */
@ApplicationScoped
@Transactional
public class StatementService {

    /**
     * Executives whose statements a close reads and computes together: a query per kind of row for
     * each chunk rather than per executive, while what a chunk holds (its executives' credits, and
     * their statements' lines until written) stays well inside the service's heap.
     */
    static final int CHUNK = 200;

    /** Lines written in one JDBC batch, rewritten into multi-row inserts: few round trips, little heap. */
    static final int LINE_BATCH = 1000;

    @Inject
    StatementCalculator calculator;

    @Inject
    AttainmentService attainment;

    @Inject
    PlanService plans;

    @Inject
    QuotaService quotas;

    @Inject
    AcceptedDisputes acceptedDisputes;

    @Inject
    StatementEvents events;

    /** Writes the close's statements and lines, which are never changed after, outside the persistence context. */
    @Inject
    StatelessSession writer;

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
        return Statement.of(executiveId, period.code()).map(issued -> view(issued, period))
                .orElseGet(() -> live(inputs(List.of(executiveId), period), executiveId));
    }

    /**
     * Closes a period: issues and locks the statement of everyone on a plan in it. One transaction, so
     * a period is closed with every statement or not at all; a firm's month-end (1,000 executives,
     * 100,000 sales: bench/results) takes longer than the default transaction timeout allows.
     */
    @TransactionConfiguration(timeout = 600)
    public ClosedPeriodView close(Period period) {
        ClosedPeriod.readFromOneSnapshot();
        // A second close sent at the same time waits here, then answers as a later one does.
        ClosedPeriod.lockClosing();
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
        for (int from = 0; from < executives.size(); from += CHUNK) {
            issue(inputs(executives.subList(from, Math.min(from + CHUNK, executives.size())), period), closedAt);
            // What the chunk read (plans, quotas) and its events are forgotten, so the persistence context
            // does not grow with the firm.
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

    /**
     * Issues the statement of each of the inputs' executives: all statements in one batch, then the
     * lines in batches, then the events. Written by the stateless session, statements and lines (never
     * changed once issued) are not kept and checked in the persistence context.
     */
    private void issue(StatementInputs inputs, Instant issuedAt) {
        Period period = inputs.period();
        List<Statement> statements = new ArrayList<>();
        List<StatementLine> lines = new ArrayList<>();
        for (UUID executiveId : inputs.executives()) {
            StatementView live = live(inputs, executiveId);
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
            statements.add(statement);
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
                lines.add(stored);
            }
        }
        writer.insertMultiple(statements);
        for (int from = 0; from < lines.size(); from += LINE_BATCH) {
            writer.insertMultiple(lines.subList(from, Math.min(from + LINE_BATCH, lines.size())));
        }
        statements.forEach(events::issued);
    }

    private StatementInputs inputs(List<UUID> executives, Period period) {
        return new StatementInputs(executives, period, config.fiscalYearStartMonth(), plans, quotas, attainment, acceptedDisputes);
    }

    private StatementView live(StatementInputs inputs, UUID executiveId) {
        Period period = inputs.period();
        Computed computed = calculator.compute(inputs, executiveId, period);
        List<Line> lines = new ArrayList<>(computed.lines());
        lines.addAll(adjustments(inputs, executiveId));
        for (AcceptedDispute dispute : inputs.disputes(executiveId)) {
            lines.add(new Line(LineKind.DISPUTE, period.start(), null, dispute.disputedPeriod(), null, null, dispute.adjustment(),
                    "dispute of line " + dispute.lineNo() + " of " + dispute.disputedPeriod() + " accepted: " + dispute.comment()));
        }
        List<LineView> views = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            views.add(new LineView(i + 1, line.kind(), line.date(), line.saleId(), line.adjustedPeriod(), line.baseAmount(), line.ratePercent(),
                    Money.of(line.amount(), computed.currency()), line.rule()));
        }
        Attained attained = inputs.attained(executiveId);
        return new StatementView(null, executiveId, period.code(), period.start(), period.end(), false, computed.planId(), attained.quota(),
                attained.credited(), attained.percent(), views, totals(views, computed.currency()), null);
    }

    /**
     * For each closed period whose next open period (same kind) is this one: what its statement would
     * be now, less what was issued for it and adjusted since.
     */
    private List<Line> adjustments(StatementInputs inputs, UUID executiveId) {
        List<Line> adjustments = new ArrayList<>();
        for (Issued issued : inputs.adjustable(executiveId)) {
            Period closed = issued.period();
            BigDecimal now = calculator.compute(inputs, executiveId, closed).lines().stream().map(Line::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal difference = now.subtract(issued.own()).subtract(issued.adjustedSince()).setScale(2, RoundingMode.HALF_UP);
            if (difference.signum() != 0) {
                adjustments.add(new Line(LineKind.ADJUSTMENT, inputs.period().start(), null, closed.code(), null, null, difference,
                        "recalculation of closed period " + closed + ": " + now.setScale(2, RoundingMode.HALF_UP).toPlainString()
                                + " now against " + issued.own().add(issued.adjustedSince()).setScale(2, RoundingMode.HALF_UP)
                                        .toPlainString()
                                + " issued"));
            }
        }
        return adjustments;
    }

    /**
     * The first period of the same kind after {@code closed} that is not closed, for money placed in it
     * by the caller's transaction. A close in progress has already read what its statements include, so
     * the answer waits for it to commit (and then skips the period it closed), and no close starts
     * before the caller's transaction ends: otherwise the money would be placed in a period that is
     * closed without it, and appear on no statement.
     */
    public Period firstOpenAfter(Period closed) {
        ClosedPeriod.holdOffClosing();
        return ClosedPeriod.firstOpenAfter(closed, ClosedPeriod.codes(), config.fiscalYearStartMonth());
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
