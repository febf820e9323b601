package io.accountable.compliance.policy;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.accountable.compliance.Money;
import io.accountable.compliance.policy.PolicyApi.LimitView;
import io.accountable.compliance.policy.PolicyApi.NewLimit;
import io.accountable.compliance.policy.PolicyApi.NewPolicyVersion;
import io.accountable.compliance.policy.PolicyApi.PolicyInForceView;
import io.accountable.compliance.policy.PolicyApi.PolicyVersionView;
import io.accountable.platform.problem.ProblemException;
import io.accountable.platform.security.CurrentUser;
import io.accountable.platform.time.FirmCalendar;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The gift policy as effective-dated data. Changes only ever take effect after today: a gift
 * already recorded stays judged by the policy that was in force for it.
 */
@ApplicationScoped
@Transactional
public class PolicyService {

    /**
     * How long into a day a change for that day, accepted just before midnight, may still be
     * committing: well past the transaction timeout (60 s), after which it has committed or failed.
     */
    private static final Duration CHANGES_SETTLE_AFTER_MIDNIGHT = Duration.ofMinutes(5);

    /**
     * The policy in force on past dates (and today's, once the day's first minutes are over). No
     * change can reach them any more, on any replica, so they are kept without invalidation.
     */
    private final Cache<LocalDate, PolicyInForce> settled = Caffeine.newBuilder().maximumSize(4_096).build();

    @Inject
    CurrentUser user;

    @Inject
    FirmCalendar calendar;

    @Transactional(SUPPORTS)
    public PolicyInForce inForceOn(LocalDate date) {
        PolicyInForce cached = settled.getIfPresent(date);
        if (cached != null) {
            return cached;
        }
        boolean settledBeforeReading = isSettled(date);
        PolicyInForce policy = load(date);
        if (settledBeforeReading) {
            settled.put(date, policy);
        }
        return policy;
    }

    /** Whether no policy change can take effect on {@code date} any more, nor be still committing for it. */
    private boolean isSettled(LocalDate date) {
        ZonedDateTime now = ZonedDateTime.now(calendar.zone());
        LocalDate today = now.toLocalDate();
        return date.isBefore(today)
                || date.equals(today) && now.isAfter(today.atStartOfDay(calendar.zone()).plus(CHANGES_SETTLE_AFTER_MIDNIGHT));
    }

    private PolicyInForce load(LocalDate date) {
        GiftPolicy settings = GiftPolicy.find("effectiveFrom <= ?1", Sort.descending("effectiveFrom"), date).firstResult();
        BigDecimal limit = schedule().limitOn(date).orElse(null);
        if (settings == null || limit == null) {
            throw ProblemException.ruleViolation("no-policy-in-force", "No gift limit was in force on " + date,
                    Map.of("date", date.toString()));
        }
        AggregationWindow window = AggregationWindow.of(settings.windowType, settings.fiscalYearStartMonth, date);
        return new PolicyInForce(date, limit, window, settings.warningPercent, settings.nominalCeilingAmount,
                settings.retentionYears, settings.preclearanceValidDays, settings.preclearanceReviewPercent,
                settings.entertainmentMaxEvents, settings.entertainmentMaxPerAttendeeUsd, settings.receivedGiftThresholdUsd,
                settings.bereavementExclusions());
    }

    /** The last day a record dated {@code date} must be kept: the retention years in force on that date, counted from it. */
    @Transactional(SUPPORTS)
    public LocalDate retainUntil(LocalDate date) {
        return inForceOn(date).retainUntil();
    }

    @Transactional(SUPPORTS)
    public PolicyInForceView view(LocalDate date) {
        PolicyInForce policy = inForceOn(date);
        GiftPolicy settings = GiftPolicy.find("effectiveFrom <= ?1", Sort.descending("effectiveFrom"), date).firstResult();
        return new PolicyInForceView(date, Money.usd(policy.limitUsd()), settings.windowType, settings.fiscalYearStartMonth,
                policy.window().start(), policy.window().end(), policy.warningPercent(), Money.usd(policy.nominalCeilingUsd()),
                policy.retentionYears(), policy.preclearanceValidDays(), policy.preclearanceReviewPercent(),
                policy.entertainmentMaxEvents(), Money.usd(policy.entertainmentMaxPerAttendeeUsd()),
                Money.usd(policy.receivedGiftThresholdUsd()), policy.bereavementExclusions().stream().sorted().toList());
    }

    @Transactional(SUPPORTS)
    public LimitSchedule schedule() {
        return new LimitSchedule(GiftLimit.<GiftLimit>listAll().stream()
                .map(limit -> new LimitSchedule.Step(limit.effectiveFrom, limit.amount)).toList());
    }

    @Transactional(SUPPORTS)
    public List<LimitView> limits() {
        return GiftLimit.<GiftLimit>listAll(Sort.by("effectiveFrom")).stream().map(LimitView::of).toList();
    }

    @Transactional(SUPPORTS)
    public List<PolicyVersionView> versions() {
        return GiftPolicy.<GiftPolicy>listAll(Sort.by("effectiveFrom")).stream().map(PolicyVersionView::of).toList();
    }

    public LimitView addLimit(NewLimit request) {
        requireFuture(request.effectiveFrom());
        requireUsd(request.amount(), "amount");
        if (GiftLimit.count("effectiveFrom", request.effectiveFrom()) > 0) {
            throw ProblemException.conflict("limit-exists", "A limit already takes effect on " + request.effectiveFrom());
        }
        GiftLimit limit = new GiftLimit();
        limit.id = UUID.randomUUID();
        limit.effectiveFrom = request.effectiveFrom();
        limit.amount = request.amount().amount();
        limit.currency = Money.USD;
        limit.source = request.source().strip();
        limit.recordedBy = user.id();
        limit.recordedAt = Instant.now();
        limit.persistAndFlush();
        return LimitView.of(limit);
    }

    public PolicyVersionView addVersion(NewPolicyVersion request) {
        requireFuture(request.effectiveFrom());
        requireUsd(request.nominalCeiling(), "nominalCeiling");
        if (request.windowType() == WindowType.FISCAL_YEAR && request.fiscalYearStartMonth() == null) {
            throw ProblemException.ruleViolation("fiscal-year-start-month-required",
                    "A FISCAL_YEAR window needs the month the fiscal year starts in", Map.of("field", "fiscalYearStartMonth"));
        }
        if (GiftPolicy.count("effectiveFrom", request.effectiveFrom()) > 0) {
            throw ProblemException.conflict("policy-version-exists", "A policy version already takes effect on " + request.effectiveFrom());
        }
        GiftPolicy policy = new GiftPolicy();
        policy.id = UUID.randomUUID();
        policy.effectiveFrom = request.effectiveFrom();
        policy.windowType = request.windowType();
        policy.fiscalYearStartMonth = request.windowType() == WindowType.FISCAL_YEAR ? request.fiscalYearStartMonth() : null;
        policy.warningPercent = request.warningPercent();
        policy.nominalCeilingAmount = request.nominalCeiling().amount();
        policy.nominalCeilingCurrency = Money.USD;
        policy.retentionYears = request.retentionYears();
        policy.preclearanceValidDays = request.preclearanceValidDays();
        policy.preclearanceReviewPercent = request.preclearanceReviewPercent();
        GiftPolicy current = GiftPolicy.find("effectiveFrom <= ?1", Sort.descending("effectiveFrom"), request.effectiveFrom()).firstResult();
        policy.entertainmentMaxEvents = request.entertainmentMaxEvents() != null ? request.entertainmentMaxEvents()
                : current.entertainmentMaxEvents;
        if (request.entertainmentMaxPerAttendee() != null) {
            requireUsd(request.entertainmentMaxPerAttendee(), "entertainmentMaxPerAttendee");
            policy.entertainmentMaxPerAttendeeUsd = request.entertainmentMaxPerAttendee().amount();
        } else {
            policy.entertainmentMaxPerAttendeeUsd = current.entertainmentMaxPerAttendeeUsd;
        }
        if (request.receivedGiftThreshold() != null) {
            requireUsd(request.receivedGiftThreshold(), "receivedGiftThreshold");
            policy.receivedGiftThresholdUsd = request.receivedGiftThreshold().amount();
        } else {
            policy.receivedGiftThresholdUsd = current.receivedGiftThresholdUsd;
        }
        if (request.bereavementExcluded() != null) {
            if (request.bereavementExcluded().contains(Deceased.OTHER)) {
                throw ProblemException.ruleViolation("bereavement-exclusion-outside-family",
                        "Rule 3220 excludes bereavement gifts only on the death of the recipient or of their immediate family; OTHER cannot be excluded",
                        Map.of("field", "bereavementExcluded"));
            }
            policy.bereavementExclusions(request.bereavementExcluded());
        } else {
            policy.bereavementExcluded = current.bereavementExcluded;
        }
        policy.reason = request.reason().strip();
        policy.recordedBy = user.id();
        policy.recordedAt = Instant.now();
        policy.persistAndFlush();
        return PolicyVersionView.of(policy);
    }

    private void requireFuture(LocalDate effectiveFrom) {
        if (!effectiveFrom.isAfter(calendar.today())) {
            throw ProblemException.ruleViolation("retroactive-policy-change",
                    "A policy change takes effect after today (" + calendar.today() + "), not on " + effectiveFrom,
                    Map.of("effectiveFrom", effectiveFrom.toString()));
        }
    }

    private static void requireUsd(Money money, String field) {
        if (!Money.USD.equals(money.currency())) {
            throw ProblemException.ruleViolation("limit-currency", "The policy's amounts are in USD", Map.of("field", field));
        }
    }
}
