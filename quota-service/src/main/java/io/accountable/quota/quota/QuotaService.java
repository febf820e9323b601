package io.accountable.quota.quota;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.accountable.platform.problem.ProblemException;
import io.accountable.quota.common.UniqueRows;
import io.accountable.platform.security.CurrentUser;
import io.accountable.quota.common.Money;
import io.accountable.quota.executive.Executive;
import io.accountable.quota.executive.TeamAccess;
import io.accountable.quota.period.Period;
import io.accountable.quota.period.PeriodKind;
import io.accountable.quota.period.QuotaConfig;
import io.accountable.quota.quota.QuotaApi.PeriodQuota;
import io.accountable.quota.quota.QuotaApi.QuotaChange;
import io.accountable.quota.quota.QuotaApi.QuotaView;
import io.accountable.quota.quota.QuotaApi.VersionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

@ApplicationScoped
@Transactional
public class QuotaService {

    /** Whether {@link #set} created the quota or changed it. */
    public record SetResult(QuotaView quota, boolean created) {
    }

    @Inject
    QuotaEvents events;

    @Inject
    QuotaConfig config;

    @Inject
    TeamAccess access;

    @Inject
    CurrentUser user;

    @Inject
    Event<QuotaChanged> changed;

    public SetResult set(UUID executiveId, int fiscalYear, QuotaChange change) {
        if (Executive.findById(executiveId) == null) {
            throw ProblemException.ruleViolation("unknown-executive", "No executive with id " + executiveId + " is known",
                    Map.of("executiveId", executiveId));
        }
        if (!user.isAdmin()) {
            access.requireMaySee(executiveId);
            if (executiveId.toString().equals(user.id())) {
                throw ProblemException.forbidden("You cannot set your own quota");
            }
        }
        Period year = Period.year(fiscalYear, config.fiscalYearStartMonth());
        var effectiveFrom = change.effectiveFrom() == null ? year.start() : change.effectiveFrom();
        if (!year.contains(effectiveFrom)) {
            throw ProblemException.ruleViolation("effective-date-outside-fiscal-year",
                    "Effective date " + effectiveFrom + " is not in " + year.code() + " (" + year.start() + " to " + year.end() + ")",
                    Map.of("fiscalYearStart", year.start().toString(), "fiscalYearEnd", year.end().toString()));
        }
        List<BigDecimal> quarters = quarters(change);
        Optional<Quota> existing = Quota.of(executiveId, fiscalYear);
        Quota quota = existing.orElseGet(() -> newQuota(executiveId, fiscalYear, change.annualAmount().currency()));
        if (existing.isPresent()) {
            if (change.version() != null && change.version() != quota.version) {
                throw ProblemException.staleVersion("quota", quota.id, change.version(), quota.version);
            }
            if (!quota.currency.equals(change.annualAmount().currency())) {
                throw ProblemException.ruleViolation("currency-mismatch",
                        "The quota is in " + quota.currency + ", not " + change.annualAmount().currency(), Map.of("currency", quota.currency));
            }
            // Touching the row makes Hibernate bump the quota's version, so a concurrent change based on the old one is refused.
            quota.updatedAt = Instant.now();
        }
        QuotaVersion version = new QuotaVersion();
        version.id = UUID.randomUUID();
        version.quotaId = quota.id;
        version.sequenceNo = existing.isPresent() ? quota.versions().size() + 1 : 1;
        version.effectiveFrom = effectiveFrom;
        version.annualAmount = change.annualAmount().amount();
        version.q1Amount = quarters.get(0);
        version.q2Amount = quarters.get(1);
        version.q3Amount = quarters.get(2);
        version.q4Amount = quarters.get(3);
        version.split = change.split() == null ? QuotaSplit.EVEN : change.split();
        version.reason = change.reason();
        version.setBy = user.id();
        version.createdAt = Instant.now();
        version.persist();
        UniqueRows.flushOr(() -> ProblemException.conflict("concurrent-quota-change",
                "The quota of executive " + executiveId + " for FY" + fiscalYear + " was set at the same time; read it again and retry"));
        events.set(quota, version);
        changed.fire(new QuotaChanged(executiveId, fiscalYear));
        return new SetResult(view(quota), existing.isEmpty());
    }

    @Transactional(SUPPORTS)
    public QuotaView get(UUID executiveId, int fiscalYear) {
        access.requireMaySee(executiveId);
        return view(Quota.of(executiveId, fiscalYear).orElseThrow(() -> ProblemException.notFound("quota", executiveId + "/FY" + fiscalYear)));
    }

    @Transactional(SUPPORTS)
    public List<QuotaView> list(UUID executiveId) {
        access.requireMaySee(executiveId);
        return Quota.<Quota> list("executiveId = ?1 order by fiscalYear", executiveId).stream().map(this::view).toList();
    }

    /**
     * Each executive's quota for each period, prorated by days; a period of a fiscal year without a
     * quota is left out. Each fiscal year's quotas and versions are read in one query for all of them.
     */
    @Transactional(SUPPORTS)
    public Map<UUID, Map<Period, Money>> quotasFor(Collection<UUID> executiveIds, Collection<Period> periods) {
        Map<UUID, Map<Period, Money>> quotas = new HashMap<>();
        periods.stream().collect(Collectors.groupingBy(Period::fiscalYear)).forEach((fiscalYear, ofYear) -> {
            Map<UUID, List<Object[]>> rowsOf = Quota.getEntityManager().createQuery(
                    "select q.executiveId, q.currency, v from Quota q, QuotaVersion v where v.quotaId = q.id and q.executiveId in ?1"
                            + " and q.fiscalYear = ?2", Object[].class)
                    .setParameter(1, executiveIds).setParameter(2, fiscalYear).getResultList().stream()
                    .collect(Collectors.groupingBy(row -> (UUID) row[0]));
            // A quota is created together with its first version, so an executive without rows has no quota.
            rowsOf.forEach((executiveId, rows) -> {
                String currency = (String) rows.get(0)[1];
                QuotaSchedule schedule = new QuotaSchedule(rows.stream().map(row -> ((QuotaVersion) row[2]).step()).toList(),
                        config.fiscalYearStartMonth());
                Map<Period, Money> ofExecutive = quotas.computeIfAbsent(executiveId, id -> new HashMap<>());
                ofYear.forEach(period -> ofExecutive.put(period, Money.of(schedule.amountFor(period), currency)));
            });
        });
        return quotas;
    }

    private QuotaSchedule schedule(Quota quota) {
        return new QuotaSchedule(quota.versions().stream().map(QuotaVersion::step).toList(), config.fiscalYearStartMonth());
    }

    private static List<BigDecimal> quarters(QuotaChange change) {
        BigDecimal annual = change.annualAmount().amount();
        if (change.split() != QuotaSplit.EXPLICIT) {
            if (change.quarters() != null) {
                throw ProblemException.ruleViolation("quarters-need-explicit-split",
                        "Quarters are given only with split EXPLICIT; an EVEN split computes them", Map.of());
            }
            BigDecimal quarter = annual.divide(BigDecimal.valueOf(4), 2, RoundingMode.DOWN);
            return List.of(quarter, quarter, quarter, annual.subtract(quarter.multiply(BigDecimal.valueOf(3))));
        }
        if (change.quarters() == null) {
            throw ProblemException.ruleViolation("explicit-split-needs-quarters", "An EXPLICIT split needs the four quarters", Map.of());
        }
        if (change.quarters().stream().anyMatch(q -> !q.currency().equals(change.annualAmount().currency()))) {
            throw ProblemException.ruleViolation("currency-mismatch", "Every quarter must be in " + change.annualAmount().currency(),
                    Map.of("currency", change.annualAmount().currency()));
        }
        BigDecimal sum = change.quarters().stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(annual) != 0) {
            throw ProblemException.ruleViolation("quarters-do-not-add-up",
                    "The quarters add up to " + sum.toPlainString() + ", not the annual " + annual.toPlainString(),
                    Map.of("quartersTotal", sum, "annualAmount", annual));
        }
        return change.quarters().stream().map(Money::amount).toList();
    }

    private static Quota newQuota(UUID executiveId, int fiscalYear, String currency) {
        Quota quota = new Quota();
        quota.id = UUID.randomUUID();
        quota.executiveId = executiveId;
        quota.fiscalYear = fiscalYear;
        quota.currency = currency;
        quota.createdAt = Instant.now();
        quota.updatedAt = quota.createdAt;
        quota.persist();
        return quota;
    }

    private QuotaView view(Quota quota) {
        int startMonth = config.fiscalYearStartMonth();
        QuotaSchedule schedule = schedule(quota);
        Period year = Period.year(quota.fiscalYear, startMonth);
        List<PeriodQuota> quarters = IntStream.rangeClosed(1, 4)
                .mapToObj(q -> periodQuota(Period.quarter(quota.fiscalYear, q, startMonth), schedule, quota.currency)).toList();
        List<PeriodQuota> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(year.start()); !month.atDay(1).isAfter(year.end()); month = month.plusMonths(1)) {
            months.add(periodQuota(Period.containing(PeriodKind.MONTH, month.atDay(1), startMonth), schedule, quota.currency));
        }
        List<VersionView> history = quota.versions().stream()
                .map(v -> new VersionView(v.sequenceNo, v.effectiveFrom, Money.of(v.annualAmount, quota.currency), v.split,
                        v.quarters().stream().map(q -> Money.of(q, quota.currency)).toList(), v.reason, v.setBy, v.createdAt))
                .toList();
        return new QuotaView(quota.id, quota.executiveId, quota.fiscalYear, quota.currency, quota.version,
                periodQuota(year, schedule, quota.currency), quarters, months, history);
    }

    private static PeriodQuota periodQuota(Period period, QuotaSchedule schedule, String currency) {
        BigDecimal amount = schedule.amountFor(period);
        return new PeriodQuota(period.code(), period.start(), period.end(), Money.of(amount, currency));
    }
}
