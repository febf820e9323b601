package io.accountable.quota.attainment;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.accountable.platform.events.EventPublisher;
import io.accountable.quota.attainment.AttainmentApi.AttainmentView;
import io.accountable.quota.attainment.AttainmentApi.RankedAttainment;
import io.accountable.quota.common.Money;
import io.accountable.quota.executive.Executive;
import io.accountable.quota.executive.TeamAccess;
import io.accountable.quota.period.Period;
import io.accountable.quota.period.PeriodKind;
import io.accountable.quota.period.QuotaConfig;
import io.accountable.quota.quota.QuotaChanged;
import io.accountable.quota.quota.QuotaService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Attainment = credited sales closed in the period, less reversals dated in it, over the period's
 * (prorated) quota, in the quota's currency (the firm's reporting currency without a quota). The
 * percentage is truncated to two decimals, so it never shows (or publishes) a threshold that has
 * not been reached: 99.999% is 99.99%. Each configured threshold is published when attainment
 * reaches it, and again only after a reversal took attainment back below it.
 */
@ApplicationScoped
@Transactional
public class AttainmentService {

    public static final String THRESHOLD_CROSSED = "accountable.quota.attainment-threshold-crossed.v1";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public record ThresholdCrossedPayload(UUID executiveId, UUID managerId, String period, BigDecimal thresholdPercent,
            BigDecimal attainmentPercent, Money quota, Money credited) {
    }

    @Inject
    QuotaService quotas;

    @Inject
    QuotaConfig config;

    @Inject
    EntityManager entityManager;

    @Inject
    EventPublisher publisher;

    @Inject
    TeamAccess access;

    @Transactional(SUPPORTS)
    public AttainmentView view(UUID executiveId, Period period) {
        access.requireMaySee(executiveId);
        return attainment(executiveId, period);
    }

    /** The caller's team ranked by attainment, highest first; those without a quota last. */
    @Transactional(SUPPORTS)
    public List<RankedAttainment> team(Period period) {
        List<AttainmentView> views = access.team().stream().map(e -> attainment(e.id, period))
                .sorted(Comparator.comparing(AttainmentView::percent, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(AttainmentView::executiveName))
                .toList();
        List<RankedAttainment> ranked = new ArrayList<>();
        for (int i = 0; i < views.size(); i++) {
            ranked.add(new RankedAttainment(i + 1, views.get(i)));
        }
        return ranked;
    }

    @Transactional(SUPPORTS)
    public AttainmentView attainment(UUID executiveId, Period period) {
        Attained attained = attained(executiveId, List.of(period)).get(0);
        Executive executive = Executive.findById(executiveId);
        return new AttainmentView(executiveId, executive == null ? null : executive.fullName, period.code(), period.start(), period.end(),
                attained.quota(), attained.credited(), attained.percent());
    }

    /**
     * After credits or reversals dated {@code date}: publishes the thresholds each executive's month,
     * quarter and year newly reached.
     */
    public void recheck(Collection<UUID> executiveIds, LocalDate date) {
        lock(executiveIds);
        int startMonth = config.fiscalYearStartMonth();
        Map<UUID, List<Attained>> attained = attained(executiveIds, List.of(Period.containing(PeriodKind.MONTH, date, startMonth),
                Period.containing(PeriodKind.QUARTER, date, startMonth), Period.containing(PeriodKind.YEAR, date, startMonth)));
        executiveIds.forEach(executiveId -> recheck(executiveId, attained.get(executiveId)));
    }

    /** After a quota change: every month, quarter and the whole of the fiscal year may have crossed a threshold either way. */
    void recheckYear(@Observes QuotaChanged change) {
        UUID executiveId = change.executiveId();
        int fiscalYear = change.fiscalYear();
        lock(List.of(executiveId));
        Period year = Period.year(fiscalYear, config.fiscalYearStartMonth());
        List<Period> periods = new ArrayList<>(List.of(year));
        for (int quarter = 1; quarter <= 4; quarter++) {
            periods.add(Period.quarter(fiscalYear, quarter, config.fiscalYearStartMonth()));
        }
        for (LocalDate month = year.start(); month.isBefore(year.end()); month = month.plusMonths(1)) {
            periods.add(Period.containing(PeriodKind.MONTH, month, config.fiscalYearStartMonth()));
        }
        recheck(executiveId, attained(executiveId, periods));
    }

    /** A period's quota (null without one), net credited amount and percentage (null without a positive quota). */
    public record Attained(Period period, Money quota, Money credited, BigDecimal percent) {
    }

    /** Each executive's attainment in {@code period}: one query for their quotas and one for their credits and reversals. */
    @Transactional(SUPPORTS)
    public Map<UUID, Attained> attained(Collection<UUID> executiveIds, Period period) {
        Map<UUID, Attained> attained = new HashMap<>();
        attained(executiveIds, List.of(period)).forEach((executiveId, periods) -> attained.put(executiveId, periods.get(0)));
        return attained;
    }

    private record Crossing(Attained attained, BigDecimal threshold) {
    }

    /**
     * Rechecks of one executive take turns: each holds the executive's row lock until its transaction
     * ends, and (the service reads committed data: application.properties) the next one reads the
     * credits and threshold states it committed, so a crossing is published once, never twice or not
     * at all. In id order, so that two sales split between the same executives cannot deadlock. Native
     * SQL: Hibernate's MySQL dialect writes FOR UPDATE OF, which MariaDB rejects.
     */
    private void lock(Collection<UUID> executiveIds) {
        entityManager.createNativeQuery("SELECT id FROM executive WHERE id IN (:executives) ORDER BY id FOR UPDATE")
                .setParameter("executives", executiveIds.stream().map(UUID::toString).toList()).getResultList();
    }

    /** Publishes each threshold newly reached in a period, and re-arms those a reversal took attainment back below. */
    private void recheck(UUID executiveId, List<Attained> periods) {
        List<Attained> measured = periods.stream().filter(a -> a.percent() != null).toList();
        if (measured.isEmpty()) {
            return;
        }
        Map<AttainmentThreshold.Key, AttainmentThreshold> states = new HashMap<>();
        AttainmentThreshold.<AttainmentThreshold> list("key.executiveId = ?1 and key.periodCode in ?2", executiveId,
                measured.stream().map(a -> a.period().code()).toList()).forEach(state -> states.put(state.key, state));
        List<Crossing> crossings = new ArrayList<>();
        for (Attained attained : measured) {
            for (BigDecimal threshold : config.attainmentThresholds()) {
                AttainmentThreshold state = states.computeIfAbsent(
                        new AttainmentThreshold.Key(executiveId, attained.period().code(), threshold.setScale(2)), key -> {
                            AttainmentThreshold fresh = new AttainmentThreshold();
                            fresh.key = key;
                            return fresh;
                        });
                boolean reached = attained.percent().compareTo(threshold) >= 0;
                if (reached && !state.crossed) {
                    crossings.add(new Crossing(attained, threshold));
                }
                if (state.updatedAt == null || state.crossed != reached) {
                    state.crossed = reached;
                    state.updatedAt = Instant.now();
                    state.persist();
                }
            }
        }
        if (!crossings.isEmpty()) {
            Executive executive = Executive.findById(executiveId);
            UUID managerId = executive == null ? null : executive.managerId;
            crossings.forEach(crossing -> publisher.publish(THRESHOLD_CROSSED, executiveId.toString(),
                    new ThresholdCrossedPayload(executiveId, managerId, crossing.attained().period().code(), crossing.threshold(),
                            crossing.attained().percent(), crossing.attained().quota(), crossing.attained().credited())));
        }
    }

    private List<Attained> attained(UUID executiveId, List<Period> periods) {
        return attained(List.of(executiveId), periods).get(executiveId);
    }

    /**
     * Each executive's attainment in each of {@code periods}, which lie in one fiscal year and so share
     * its quota and currency: one query for the quotas and one for the credits and reversals of all.
     */
    private Map<UUID, List<Attained>> attained(Collection<UUID> executiveIds, List<Period> periods) {
        Map<UUID, Map<Period, Money>> quotasOf = quotas.quotasFor(executiveIds, periods);
        Map<UUID, Map<String, BigDecimal[]>> net = net(executiveIds, periods);
        Map<UUID, List<Attained>> attained = new HashMap<>();
        for (UUID executiveId : executiveIds) {
            Map<Period, Money> quotaOf = quotasOf.getOrDefault(executiveId, Map.of());
            String currency = quotaOf.values().stream().findFirst().map(Money::currency).orElse(config.currency());
            BigDecimal[] credited = net.getOrDefault(executiveId, Map.of()).get(currency);
            List<Attained> ofExecutive = new ArrayList<>();
            for (int i = 0; i < periods.size(); i++) {
                BigDecimal amount = credited == null ? BigDecimal.ZERO : credited[i];
                Money quota = quotaOf.get(periods.get(i));
                BigDecimal percent = quota == null || quota.amount().signum() <= 0 ? null
                        : amount.multiply(HUNDRED).divide(quota.amount(), 2, RoundingMode.DOWN);
                ofExecutive.add(new Attained(periods.get(i), quota, Money.of(amount, currency), percent));
            }
            attained.put(executiveId, ofExecutive);
        }
        return attained;
    }

    /**
     * Per executive, currency and period: the credits closed in the period less the reversals of
     * credits dated in it. One statement: each side reads the executives' rows between the earliest
     * start and the latest end once, from its covering index, and sums them per period.
     */
    private Map<UUID, Map<String, BigDecimal[]>> net(Collection<UUID> executiveIds, List<Period> periods) {
        StringBuilder credited = new StringBuilder();
        StringBuilder reversed = new StringBuilder();
        for (int i = 0; i < periods.size(); i++) {
            credited.append(", coalesce(sum(case when c.close_date between :start%1$d and :end%1$d".formatted(i))
                    .append(" then c.credited_amount end), 0)");
            reversed.append(", -coalesce(sum(case when r.reversal_date between :start%1$d and :end%1$d".formatted(i))
                    .append(" then r.amount end), 0)");
        }
        Query query = entityManager.createNativeQuery("select c.executive_id, c.currency" + credited + " from sale_credit c"
                + " where c.executive_id in (:executives) and c.close_date between :from and :to group by c.executive_id, c.currency"
                + " union all select r.executive_id, c.currency" + reversed + " from reversal_credit r join sale_credit c on c.id = r.sale_credit_id"
                + " where r.executive_id in (:executives) and r.reversal_date between :from and :to group by r.executive_id, c.currency");
        query.setParameter("executives", executiveIds.stream().map(UUID::toString).toList())
                .setParameter("from", periods.stream().map(Period::start).min(Comparator.naturalOrder()).orElseThrow())
                .setParameter("to", periods.stream().map(Period::end).max(Comparator.naturalOrder()).orElseThrow());
        for (int i = 0; i < periods.size(); i++) {
            query.setParameter("start" + i, periods.get(i).start()).setParameter("end" + i, periods.get(i).end());
        }
        Map<UUID, Map<String, BigDecimal[]>> net = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] sums = (Object[]) row;
            BigDecimal[] ofCurrency = net.computeIfAbsent(UUID.fromString(sums[0].toString()), id -> new HashMap<>())
                    .computeIfAbsent(sums[1].toString(), currency -> zeros(periods.size()));
            for (int i = 0; i < periods.size(); i++) {
                ofCurrency[i] = ofCurrency[i].add((BigDecimal) sums[2 + i]);
            }
        }
        return net;
    }

    private static BigDecimal[] zeros(int size) {
        BigDecimal[] zeros = new BigDecimal[size];
        Arrays.fill(zeros, BigDecimal.ZERO);
        return zeros;
    }
}
