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
import io.accountable.quota.quota.QuotaService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
        Optional<Money> quota = quotas.quotaFor(executiveId, period);
        String currency = quota.map(Money::currency).orElse(config.currency());
        BigDecimal credited = sum("select coalesce(sum(c.creditedAmount), 0) from SaleCredit c where c.executiveId = ?1"
                + " and c.closeDate between ?2 and ?3 and c.currency = ?4", executiveId, period, currency)
                .subtract(sum("select coalesce(sum(r.amount), 0) from ReversalCredit r, SaleCredit c where r.saleCreditId = c.id"
                        + " and r.executiveId = ?1 and r.reversalDate between ?2 and ?3 and c.currency = ?4",
                        executiveId, period, currency));
        BigDecimal percent = quota.filter(q -> q.amount().signum() > 0)
                .map(q -> credited.multiply(HUNDRED).divide(q.amount(), 2, RoundingMode.DOWN)).orElse(null);
        Executive executive = Executive.findById(executiveId);
        return new AttainmentView(executiveId, executive == null ? null : executive.fullName, period.code(), period.start(), period.end(),
                quota.orElse(null), Money.of(credited, currency), percent);
    }

    /** After a credit or reversal dated {@code date}: publishes the thresholds its month, quarter and year newly reached. */
    public void recheck(UUID executiveId, LocalDate date) {
        for (PeriodKind kind : PeriodKind.values()) {
            Period period = Period.containing(kind, date, config.fiscalYearStartMonth());
            AttainmentView attainment = attainment(executiveId, period);
            if (attainment.percent() != null) {
                recheck(executiveId, attainment);
            }
        }
    }

    /** After a quota change: every month, quarter and the whole of the fiscal year may have crossed a threshold either way. */
    public void recheckYear(UUID executiveId, int fiscalYear) {
        Period year = Period.year(fiscalYear, config.fiscalYearStartMonth());
        List<Period> periods = new ArrayList<>(List.of(year));
        for (int quarter = 1; quarter <= 4; quarter++) {
            periods.add(Period.quarter(fiscalYear, quarter, config.fiscalYearStartMonth()));
        }
        for (LocalDate month = year.start(); month.isBefore(year.end()); month = month.plusMonths(1)) {
            periods.add(Period.containing(PeriodKind.MONTH, month, config.fiscalYearStartMonth()));
        }
        for (Period period : periods) {
            AttainmentView attainment = attainment(executiveId, period);
            if (attainment.percent() != null) {
                recheck(executiveId, attainment);
            }
        }
    }

    private void recheck(UUID executiveId, AttainmentView attainment) {
        Executive executive = Executive.findById(executiveId);
        for (BigDecimal threshold : config.attainmentThresholds()) {
            AttainmentThreshold.Key key = new AttainmentThreshold.Key(executiveId, attainment.period(), threshold.setScale(2));
            AttainmentThreshold state = AttainmentThreshold.<AttainmentThreshold> findByIdOptional(key).orElseGet(() -> {
                AttainmentThreshold fresh = new AttainmentThreshold();
                fresh.key = key;
                return fresh;
            });
            boolean reached = attainment.percent().compareTo(threshold) >= 0;
            if (reached && !state.crossed) {
                publisher.publish(THRESHOLD_CROSSED, executiveId.toString(), new ThresholdCrossedPayload(executiveId,
                        executive == null ? null : executive.managerId, attainment.period(), threshold, attainment.percent(),
                        attainment.quota(), attainment.credited()));
            }
            if (state.updatedAt == null || state.crossed != reached) {
                state.crossed = reached;
                state.updatedAt = Instant.now();
                state.persist();
            }
        }
    }

    private BigDecimal sum(String query, UUID executiveId, Period period, String currency) {
        return entityManager.createQuery(query, BigDecimal.class).setParameter(1, executiveId).setParameter(2, period.start())
                .setParameter(3, period.end()).setParameter(4, currency).getSingleResult();
    }
}
