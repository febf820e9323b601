package io.accountable.compliance.gift;

import io.accountable.compliance.Money;
import io.accountable.compliance.gift.GiftApi.AllowanceView;
import io.accountable.compliance.policy.AggregationWindow;
import io.accountable.compliance.policy.PolicyInForce;
import io.accountable.compliance.policy.PolicyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a recipient has received toward the limit, across every giver, in a window. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Allowances {

    @Inject
    PolicyService policies;

    /** The sum of the counting shares in the window; a corrected gift counts only through its correction. */
    public BigDecimal used(UUID recipientId, AggregationWindow window) {
        return used(recipientId, window, null);
    }

    /** As {@link #used(UUID, AggregationWindow)}, leaving out a gift that is being corrected. */
    public BigDecimal used(UUID recipientId, AggregationWindow window, UUID excludedGiftId) {
        BigDecimal used = GiftShare.getEntityManager().createQuery("""
                select coalesce(sum(s.shareUsd), 0) from GiftShare s
                where s.recipientId = :recipient and s.countsTowardLimit = true and s.giftDate between :start and :end
                  and not exists (select 1 from Gift c where c.correctsGiftId = s.giftId)
                  and (:excluded is null or s.giftId <> :excluded)""", BigDecimal.class)
                .setParameter("excluded", excludedGiftId)
                .setParameter("recipient", recipientId)
                .setParameter("start", window.start())
                .setParameter("end", window.end())
                .getSingleResult();
        return Money.cents(used);
    }

    /** The executives who gave the recipient something that counts in the window. */
    public List<UUID> giversInWindow(UUID recipientId, AggregationWindow window) {
        return GiftShare.getEntityManager().createQuery("""
                select distinct gv from Gift g join g.giverIds gv
                where exists (select 1 from GiftShare s where s.giftId = g.id and s.recipientId = :recipient
                                and s.countsTowardLimit = true and s.giftDate between :start and :end)
                order by gv""", UUID.class)
                .setParameter("recipient", recipientId)
                .setParameter("start", window.start())
                .setParameter("end", window.end())
                .getResultList();
    }

    public AllowanceView on(UUID recipientId, LocalDate date) {
        PolicyInForce policy = policies.inForceOn(date);
        BigDecimal used = used(recipientId, policy.window());
        return new AllowanceView(recipientId, date, policy.window().start(), policy.window().end(), Money.usd(policy.limitUsd()),
                Money.usd(used), Money.usd(policy.limitUsd().subtract(used).max(BigDecimal.ZERO)));
    }
}
