package io.accountable.compliance.received;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.accountable.compliance.Money;
import io.accountable.compliance.gift.GiftParties;
import io.accountable.compliance.gift.GiftValuation;
import io.accountable.compliance.policy.PolicyInForce;
import io.accountable.compliance.policy.PolicyService;
import io.accountable.compliance.received.ReceivedGiftApi.NewReceivedGift;
import io.accountable.compliance.received.ReceivedGiftApi.ReceivedGiftView;
import io.accountable.compliance.review.ReviewKind;
import io.accountable.compliance.review.Reviews;
import io.accountable.platform.api.Page;
import io.accountable.platform.api.PageRequest;
import io.accountable.platform.problem.ProblemException;
import io.accountable.platform.security.CurrentUser;
import io.accountable.platform.time.FirmCalendar;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class ReceivedGiftService {

    @Inject
    PolicyService policies;

    @Inject
    GiftParties parties;

    @Inject
    Reviews reviews;

    @Inject
    CurrentUser user;

    @Inject
    FirmCalendar calendar;

    /** Records a received gift; above the policy's threshold it goes to compliance review. */
    public ReceivedGiftView record(NewReceivedGift request) {
        Set<UUID> executive = parties.givers(request.executiveId() == null ? null : List.of(request.executiveId()));
        if (request.receivedDate().isAfter(calendar.today())) {
            throw ProblemException.ruleViolation("received-date-in-future", request.receivedDate() + " is after today",
                    Map.of("receivedDate", request.receivedDate().toString()));
        }
        String currency = request.estimatedValue().currency();
        BigDecimal rate = GiftParties.rateToUsd(currency, request.rateToUsd());
        PolicyInForce policy = policies.inForceOn(request.receivedDate());

        ReceivedGift gift = new ReceivedGift();
        gift.id = UUID.randomUUID();
        gift.executiveId = executive.iterator().next();
        gift.receivedDate = request.receivedDate();
        gift.giverName = request.giverName().strip();
        gift.giverEmployer = request.giverEmployer().strip();
        gift.description = request.description().strip();
        gift.currency = currency;
        gift.estimatedValue = request.estimatedValue().amount();
        gift.rateToUsd = rate;
        gift.valueUsd = GiftValuation.toUsd(gift.estimatedValue, rate);
        gift.aboveThreshold = gift.valueUsd.compareTo(policy.receivedGiftThresholdUsd()) > 0;
        gift.recordedBy = user.id();
        gift.recordedAt = Instant.now();
        gift.persistAndFlush();
        if (gift.aboveThreshold) {
            reviews.request(ReviewKind.RECEIVED_GIFT, gift.id, gift.executiveId, null, "Received from " + gift.giverName + " of "
                    + gift.giverEmployer + ": " + gift.description + ", USD " + gift.valueUsd + ", above the USD "
                    + Money.cents(policy.receivedGiftThresholdUsd()) + " threshold");
        }
        return ReceivedGiftView.of(gift);
    }

    @Transactional(SUPPORTS)
    public ReceivedGiftView get(UUID id) {
        ReceivedGift gift = ReceivedGift.findById(id);
        if (gift == null || !parties.maySee(Set.of(gift.executiveId))) {
            throw ProblemException.notFound("received gift", id);
        }
        return ReceivedGiftView.of(gift);
    }

    @Transactional(SUPPORTS)
    public Page<ReceivedGiftView> list(PageRequest page) {
        if (parties.seesAll()) {
            return Page.of(ReceivedGift.<ReceivedGift>findAll(Sort.descending("receivedDate").and("id")), page, ReceivedGiftView::of);
        }
        return Page.of(ReceivedGift.<ReceivedGift>find("executiveId = :me", Sort.descending("receivedDate").and("id"),
                Parameters.with("me", parties.callerAsExecutive())), page, ReceivedGiftView::of);
    }
}
