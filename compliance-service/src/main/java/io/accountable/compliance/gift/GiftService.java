package io.accountable.compliance.gift;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.accountable.compliance.Money;
import io.accountable.compliance.gift.GiftApi.GiftCorrection;
import io.accountable.compliance.gift.Amendments.RecordType;
import io.accountable.compliance.gift.GiftApi.GiftView;
import io.accountable.compliance.gift.GiftApi.NewGift;
import io.accountable.compliance.gift.GiftParties.Recipient;
import io.accountable.compliance.policy.Deceased;
import io.accountable.compliance.policy.PolicyInForce;
import io.accountable.compliance.policy.PolicyService;
import io.accountable.compliance.recipient.RecipientLock;
import io.accountable.compliance.review.ReviewKind;
import io.accountable.compliance.review.Reviews;
import io.accountable.platform.api.Page;
import io.accountable.platform.api.PageRequest;
import io.accountable.platform.problem.ProblemException;
import io.accountable.platform.security.CurrentUser;
import io.accountable.platform.security.Roles;
import io.accountable.platform.time.FirmCalendar;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
@Transactional
public class GiftService {

    @Inject
    PolicyService policies;

    @Inject
    Allowances allowances;

    @Inject
    RecipientLock locks;

    @Inject
    GiftEvents events;

    @Inject
    Reviews reviews;

    @Inject
    GiftParties parties;

    @Inject
    CitablePreclearances preclearances;

    @Inject
    Amendments amendments;

    @Inject
    CurrentUser user;

    @Inject
    FirmCalendar calendar;

    @Inject
    GiftCounters counters;

    /**
     * Records a gift, or refuses it with {@link GiftOverLimit} when a recipient's share would take
     * them over the limit in force on the gift date. The recipients' lock rows are held from before
     * their totals are summed until the gift is committed, so concurrent gifts to one recipient are
     * judged one after the other.
     */
    public GiftView record(NewGift request) {
        return record(request, null, null);
    }

    /**
     * Records a correction of a gift: a new gift that names the one it corrects, with why; the
     * corrected gift stays as it was but no longer counts. Only the latest gift of a chain can be
     * corrected (its row lock keeps two corrections from forking the chain).
     */
    public GiftView correct(UUID id, GiftCorrection request) {
        amendments.lock(RecordType.GIFT, id);
        Gift original = Gift.findById(id);
        if (original == null || !parties.maySee(original.giverIds)) {
            throw ProblemException.notFound("gift", id);
        }
        parties.requireOneOf(original.giverIds, "Only a giver or compliance corrects a gift");
        amendments.requireLatest(RecordType.GIFT, id);
        GiftView corrected = record(request.gift(), original, request.reason().strip());
        GiftShare first = GiftShare.find("giftId", Sort.by("position"), original.id).firstResult();
        amendments.recorded(corrected.id(), RecordType.GIFT, original.id, first.recipientId, user.id(), request.reason().strip());
        return corrected;
    }

    private GiftView record(NewGift request, Gift corrects, String correctionReason) {
        Set<UUID> giverIds = parties.givers(request.giverIds());
        if (request.giftDate().isAfter(calendar.today())) {
            throw ProblemException.ruleViolation("gift-date-in-future", "A gift is recorded once given; " + request.giftDate()
                    + " is after today (" + calendar.today() + "). Ask for a pre-clearance instead.",
                    Map.of("giftDate", request.giftDate().toString()));
        }
        String currency = GiftParties.currency(request.cost(), request.marketValue(), request.faceValue());
        BigDecimal rate = GiftParties.rateToUsd(currency, request.rateToUsd());
        PolicyInForce policy = policies.inForceOn(request.giftDate());
        BigDecimal value = GiftValuation.value(request.category(), request.cost().amount(), amount(request.marketValue()),
                amount(request.faceValue()));
        BigDecimal valueUsd = GiftValuation.toUsd(value, rate);
        List<Recipient> recipients = parties.recipients(request.recipients());
        List<BigDecimal> shares = GiftValuation.split(valueUsd, recipients.size());
        if (request.category().isNominal() && shares.get(0).compareTo(policy.nominalCeilingUsd()) > 0) {
            throw ProblemException.ruleViolation("nominal-ceiling-exceeded", "A " + request.category() + " worth USD " + shares.get(0)
                    + " per recipient is above the USD " + Money.cents(policy.nominalCeilingUsd())
                    + " ceiling for items of nominal value; record it as a BUSINESS_GIFT",
                    Map.of("value", Money.usd(shares.get(0)), "ceiling", Money.usd(policy.nominalCeilingUsd())));
        }
        requireDeceasedExactlyForBereavement(request);
        boolean counts = GiftValuation.countsTowardLimit(request.category(), request.paidBy(), request.deceased(),
                policy.bereavementExclusions());
        if (request.preclearanceId() != null) {
            preclearances.requireCitable(request.preclearanceId(), request.giftDate(),
                    recipients.stream().map(Recipient::id).collect(Collectors.toSet()));
        }

        Gift gift = new Gift();
        gift.id = UUID.randomUUID();
        gift.giftDate = request.giftDate();
        gift.description = request.description().strip();
        gift.category = request.category();
        gift.currency = currency;
        gift.cost = request.cost().amount();
        gift.marketValue = amount(request.marketValue());
        gift.faceValue = amount(request.faceValue());
        gift.rateToUsd = rate;
        gift.valueUsd = valueUsd;
        gift.paidBy = request.paidBy();
        gift.deceased = request.deceased();
        gift.attested = true;
        gift.preclearanceId = request.preclearanceId();
        gift.correctsGiftId = corrects == null ? null : corrects.id;
        gift.correctionReason = correctionReason;
        gift.giverIds = new HashSet<>(giverIds);
        gift.recordedBy = user.id();
        gift.recordedAt = Instant.now();
        // Everything but the judgement is written before the recipients are locked, so the lock is held
        // only for the sums and the commit. A gift that is then refused rolls back with its shares and
        // events; until it commits, no other transaction sees its shares (READ COMMITTED).
        gift.persist();
        List<GiftShare> saved = new ArrayList<>();
        for (int i = 0; i < recipients.size(); i++) {
            Recipient recipient = recipients.get(i);
            GiftShare share = new GiftShare();
            share.id = UUID.randomUUID();
            share.giftId = gift.id;
            share.position = i;
            share.recipientId = recipient.id();
            share.contactId = recipient.contactId();
            share.recipientName = recipient.fullName();
            share.employerName = recipient.employerName();
            share.shareUsd = shares.get(i);
            share.countsTowardLimit = counts;
            share.giftDate = gift.giftDate;
            share.persist();
            saved.add(share);
            events.recorded(gift, share);
            if (share.contactId == null) {
                reviews.request(ReviewKind.UNLISTED_RECIPIENT, gift.id, giverIds.iterator().next(), share.recipientId, "Gift " + gift.id
                        + " to " + share.recipientName + " of " + share.employerName + ", who is not in the contact directory");
            }
        }
        Gift.flush();

        locks.lock(recipients.stream().map(Recipient::id).toList());
        if (counts) {
            List<BigDecimal> usedAfter = new ArrayList<>();
            for (GiftShare share : saved) {
                // the sum includes this gift's own share, flushed in this transaction
                BigDecimal used = allowances.used(share.recipientId, policy.window(), corrects == null ? null : corrects.id);
                if (used.compareTo(policy.limitUsd()) > 0) {
                    throw new GiftOverLimit(share.recipientId, giverIds.stream().sorted().toList(), request.giftDate(),
                            request.category(), request.description().strip(), share.shareUsd, policy.limitUsd(),
                            used.subtract(share.shareUsd), policy.window());
                }
                usedAfter.add(used);
            }
            for (int i = 0; i < saved.size(); i++) {
                warnIfNearLimit(gift, saved.get(i), policy, usedAfter.get(i));
            }
        }
        return GiftView.of(gift, saved, policy.retainUntil());
    }

    /** The whole chain a gift belongs to, from the first record to its latest correction. */
    @Transactional(SUPPORTS)
    public List<GiftView> history(UUID id) {
        Gift gift = Gift.findById(id);
        if (gift == null || !parties.maySee(gift.giverIds)) {
            throw ProblemException.notFound("gift", id);
        }
        while (gift.correctsGiftId != null) {
            gift = Gift.findById(gift.correctsGiftId);
        }
        List<GiftView> chain = new ArrayList<>();
        for (Gift link = gift; link != null; link = Gift.find("correctsGiftId", link.id).firstResult()) {
            chain.add(GiftView.of(link, GiftShare.list("giftId", Sort.by("position"), link.id), policies.retainUntil(link.giftDate)));
        }
        return chain;
    }

    @Transactional(SUPPORTS)
    public GiftView get(UUID id) {
        Gift gift = Gift.findById(id);
        if (gift == null || !parties.maySee(gift.giverIds)) {
            throw ProblemException.notFound("gift", id);
        }
        return GiftView.of(gift, GiftShare.list("giftId", Sort.by("position"), id), policies.retainUntil(gift.giftDate));
    }

    @Transactional(SUPPORTS)
    public Page<GiftView> list(UUID giverId, UUID recipientId, LocalDate from, LocalDate to, GiftCategory category, PageRequest page) {
        StringBuilder query = new StringBuilder("from Gift g where 1 = 1");
        Parameters parameters = new Parameters();
        if (!parties.seesAll()) {
            UUID me = parties.callerAsExecutive();
            if (user.is(Roles.SALES_MANAGER)) {
                query.append(" and exists (select 1 from AssociatedPerson p where p.id member of g.giverIds and (p.id = :me or p.supervisorId = :me))");
            } else {
                query.append(" and :me member of g.giverIds");
            }
            parameters.and("me", me);
        }
        if (giverId != null) {
            query.append(" and :giver member of g.giverIds");
            parameters.and("giver", giverId);
        }
        if (recipientId != null) {
            query.append(" and exists (select 1 from GiftShare s where s.giftId = g.id and s.recipientId = :recipient)");
            parameters.and("recipient", recipientId);
        }
        if (from != null) {
            query.append(" and g.giftDate >= :from");
            parameters.and("from", from);
        }
        if (to != null) {
            query.append(" and g.giftDate <= :to");
            parameters.and("to", to);
        }
        if (category != null) {
            query.append(" and g.category = :category");
            parameters.and("category", category);
        }
        query.append(" order by g.giftDate desc, g.recordedAt desc, g.id");
        return Page.of(Gift.<Gift>find(query.toString(), parameters), page,
                (Gift gift) -> GiftView.of(gift, GiftShare.list("giftId", Sort.by("position"), gift.id), policies.retainUntil(gift.giftDate)));
    }

    /** Warns once per recipient per window when their gifts reach the policy's warning threshold. */
    private void warnIfNearLimit(Gift gift, GiftShare share, PolicyInForce policy, BigDecimal usedAfter) {
        if (usedAfter.compareTo(policy.warningThresholdUsd()) < 0) {
            return;
        }
        boolean warnedInWindow = LimitWarning.count("recipientId = ?1 and windowStart <= ?2 and windowEnd >= ?3",
                share.recipientId, policy.window().end(), policy.window().start()) > 0;
        if (warnedInWindow) {
            return;
        }
        LimitWarning warning = new LimitWarning();
        warning.id = UUID.randomUUID();
        warning.recipientId = share.recipientId;
        warning.windowStart = policy.window().start();
        warning.windowEnd = policy.window().end();
        warning.limitUsd = policy.limitUsd();
        warning.usedUsd = usedAfter;
        warning.giftId = gift.id;
        warning.warnedAt = Instant.now();
        warning.persist();
        events.warning(warning, allowances.giversInWindow(share.recipientId, policy.window()));
        counters.warned();
    }


    /** Whether a bereavement gift counts depends on whose death it is for, so it must say; no other gift may. */
    private static void requireDeceasedExactlyForBereavement(NewGift request) {
        if (request.category() == GiftCategory.BEREAVEMENT && request.deceased() == null) {
            throw ProblemException.ruleViolation("deceased-required", "A BEREAVEMENT gift must say whose death it is for: "
                    + "RECIPIENT, SPOUSE, PARENT, PARENT_IN_LAW, SIBLING, CHILD or OTHER", Map.of("field", "deceased"));
        }
        if (request.category() != GiftCategory.BEREAVEMENT && request.deceased() != null) {
            throw ProblemException.ruleViolation("deceased-not-applicable", "Only a BEREAVEMENT gift names a deceased; this is a "
                    + request.category(), Map.of("field", "deceased"));
        }
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }
}
