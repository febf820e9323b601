package io.accountable.quota.sale;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.accountable.platform.api.Page;
import io.accountable.platform.api.PageRequest;
import io.accountable.platform.problem.ProblemException;
import io.accountable.quota.common.UniqueRows;
import io.accountable.quota.attainment.AttainmentService;
import io.accountable.quota.client.Client;
import io.accountable.quota.common.Money;
import io.accountable.quota.client.ClientOwnership;
import io.accountable.quota.executive.Executive;
import io.accountable.quota.executive.TeamAccess;
import io.accountable.quota.sale.SaleApi.CreditShare;
import io.accountable.quota.sale.SaleApi.NewReversal;
import io.accountable.quota.sale.SaleApi.NewSale;
import io.accountable.quota.sale.SaleApi.ReversalView;
import io.accountable.quota.sale.SaleApi.ReversedShare;
import io.accountable.quota.sale.SaleApi.SaleView;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class SaleService {

    static final String API_SYSTEM = "api";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    SaleEvents events;

    @Inject
    TeamAccess access;

    @Inject
    AttainmentService attainment;

    /**
     * A sale recorded through the API; every rule violation is a 422 that names the client, date or
     * executive. A sale already recorded is a 409 from its unique key when the sale is written: a check
     * before would cost every sale a query, and could not see a concurrent one anyway.
     */
    public SaleView record(NewSale request, String recordedBy) {
        String system = request.sourceSystem() == null ? API_SYSTEM : request.sourceSystem();
        List<CreditShare> shares;
        if (request.credits() == null || request.credits().isEmpty()) {
            shares = List.of(new CreditShare(ownerOn(request.clientId(), request.closeDate()), HUNDRED));
        } else {
            requireKnown(request.clientId());
            shares = validSplit(request.credits());
        }
        Sale sale = newSale(request.clientId(), request.amount().amount(), request.amount().currency(), request.productLine().strip(),
                request.closeDate(), SaleSource.API, system, request.externalReference().strip(), null, recordedBy);
        return credit(sale, shares);
    }

    /**
     * A won opportunity, credited by the same rule as an API sale: to the client's owner on the close
     * date. Consumers cannot answer 422, so when the read model knows no owner then, the executive who
     * won the opportunity gets the credit rather than the sale being lost.
     */
    public void recordWonOpportunity(UUID opportunityId, UUID clientId, UUID executiveId, String productLine, BigDecimal amount,
            String currency, LocalDate closeDate) {
        if (Sale.exists(Sale.OPPORTUNITY_SYSTEM, opportunityId.toString())) {
            return;
        }
        UUID owner = ClientOwnership.ownerOn(clientId, closeDate).orElse(executiveId);
        Sale sale = newSale(clientId, amount, currency, productLine == null ? "unspecified" : productLine, closeDate,
                SaleSource.OPPORTUNITY, Sale.OPPORTUNITY_SYSTEM, opportunityId.toString(), opportunityId, "client-service");
        credit(sale, List.of(new CreditShare(owner, HUNDRED)));
    }

    @Transactional(SUPPORTS)
    public SaleView get(UUID id) {
        Sale sale = Sale.findById(id);
        List<SaleCredit> credits = sale == null ? List.of() : SaleCredit.ofSale(id);
        if (sale == null || credits.stream().noneMatch(c -> access.maySee(c.executiveId))) {
            throw ProblemException.notFound("sale", id);
        }
        return SaleView.of(sale, credits, reversed(sale.id));
    }

    /**
     * Reverses part or all of a sale in proportion to its credits (in cents, the last credit taking the
     * remainder); each executive's commission is clawed back at the rate it was paid, in the period of
     * {@code reversalDate}.
     */
    public ReversalView reverse(UUID saleId, NewReversal request, String reversedBy) {
        Sale sale = Sale.findById(saleId);
        if (sale == null) {
            throw ProblemException.notFound("sale", saleId);
        }
        BigDecimal remaining = sale.amount.subtract(reversed(saleId));
        BigDecimal amount = request.amount() == null ? remaining : request.amount().amount();
        if (request.amount() != null && !request.amount().currency().equals(sale.currency)) {
            throw ProblemException.ruleViolation("currency-mismatch", "The sale is in " + sale.currency + ", not " + request.amount().currency(),
                    Map.of("currency", sale.currency));
        }
        if (amount.signum() <= 0 || amount.compareTo(remaining) > 0) {
            throw ProblemException.ruleViolation("reversal-exceeds-sale",
                    "Only " + remaining.setScale(2, RoundingMode.HALF_UP).toPlainString() + " " + sale.currency + " of sale " + saleId
                            + " is left to reverse",
                    Map.of("remaining", remaining.setScale(2, RoundingMode.HALF_UP), "requested", amount));
        }
        if (request.reversalDate().isBefore(sale.closeDate)) {
            throw ProblemException.ruleViolation("reversal-before-close",
                    "A sale closed on " + sale.closeDate + " cannot be reversed on " + request.reversalDate(),
                    Map.of("closeDate", sale.closeDate.toString()));
        }
        SaleReversal reversal = new SaleReversal();
        reversal.id = UUID.randomUUID();
        reversal.saleId = saleId;
        reversal.amount = amount;
        reversal.currency = sale.currency;
        reversal.reversalDate = request.reversalDate();
        reversal.reason = request.reason();
        reversal.createdBy = reversedBy;
        reversal.createdAt = Instant.now();
        reversal.persist();
        List<SaleCredit> credits = SaleCredit.ofSale(saleId);
        List<ReversalCredit> shares = new ArrayList<>();
        BigDecimal left = amount;
        for (int i = 0; i < credits.size(); i++) {
            SaleCredit credit = credits.get(i);
            ReversalCredit share = new ReversalCredit();
            share.id = UUID.randomUUID();
            share.reversalId = reversal.id;
            share.saleCreditId = credit.id;
            share.executiveId = credit.executiveId;
            share.amount = i == credits.size() - 1 ? left : amount.multiply(credit.creditPercent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
            share.reversalDate = reversal.reversalDate;
            share.createdAt = reversal.createdAt;
            share.persist();
            left = left.subtract(share.amount);
            shares.add(share);
        }
        Sale.flush();
        shares.forEach(share -> events.reversed(sale, reversal, share));
        attainment.recheck(shares.stream().map(share -> share.executiveId).toList(), reversal.reversalDate);
        return new ReversalView(reversal.id, saleId, Money.of(amount, sale.currency), reversal.reversalDate, reversal.reason,
                shares.stream().map(r -> new ReversedShare(r.executiveId, Money.of(r.amount, sale.currency))).toList(), reversal.createdAt);
    }

    /** Sales credited to {@code executiveId} closed between {@code from} and {@code to} (inclusive), newest first. */
    @Transactional(SUPPORTS)
    public Page<SaleView> list(UUID executiveId, LocalDate from, LocalDate to, PageRequest page) {
        access.requireMaySee(executiveId);
        StringBuilder query = new StringBuilder("id in (select c.saleId from SaleCredit c where c.executiveId = :executiveId)");
        Parameters parameters = Parameters.with("executiveId", executiveId);
        if (from != null) {
            query.append(" and closeDate >= :from");
            parameters.and("from", from);
        }
        if (to != null) {
            query.append(" and closeDate <= :to");
            parameters.and("to", to);
        }
        return Page.of(Sale.find(query.toString(), Sort.descending("closeDate").and("id"), parameters), page,
                sale -> SaleView.of((Sale) sale, SaleCredit.ofSale(((Sale) sale).id), reversed(((Sale) sale).id)));
    }

    private static BigDecimal reversed(UUID saleId) {
        return Sale.getEntityManager()
                .createQuery("select coalesce(sum(r.amount), 0) from SaleReversal r where r.saleId = ?1", BigDecimal.class)
                .setParameter(1, saleId).getSingleResult();
    }

    private static void requireKnown(UUID clientId) {
        if (Client.findById(clientId) == null) {
            throw ProblemException.ruleViolation("unknown-client", "No client with id " + clientId + " is known", Map.of("clientId", clientId));
        }
    }

    /** The client's owner on the close date; an owner proves the client known, as every assignment records its client. */
    private static UUID ownerOn(UUID clientId, LocalDate closeDate) {
        Optional<UUID> owner = ClientOwnership.ownerOn(clientId, closeDate);
        if (owner.isEmpty()) {
            requireKnown(clientId);
            throw ProblemException.ruleViolation("no-owner-on-close-date",
                    "Client " + clientId + " had no account executive on " + closeDate + "; give the credits explicitly",
                    Map.of("clientId", clientId, "closeDate", closeDate.toString()));
        }
        return owner.get();
    }

    private static List<CreditShare> validSplit(List<CreditShare> shares) {
        BigDecimal total = shares.stream().map(CreditShare::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(HUNDRED) != 0) {
            throw ProblemException.ruleViolation("credit-split-not-100",
                    "The credit percentages add up to " + total.stripTrailingZeros().toPlainString() + ", not 100",
                    Map.of("percentTotal", total));
        }
        var seen = new HashSet<UUID>();
        for (CreditShare share : shares) {
            if (!seen.add(share.executiveId())) {
                throw ProblemException.ruleViolation("duplicate-credit", "Executive " + share.executiveId() + " is credited twice",
                        Map.of("executiveId", share.executiveId()));
            }
            if (Executive.findById(share.executiveId()) == null) {
                throw ProblemException.ruleViolation("unknown-executive", "No executive with id " + share.executiveId() + " is known",
                        Map.of("executiveId", share.executiveId()));
            }
        }
        return shares;
    }

    private static Sale newSale(UUID clientId, BigDecimal amount, String currency, String productLine, LocalDate closeDate,
            SaleSource source, String system, String externalReference, UUID opportunityId, String createdBy) {
        Sale sale = new Sale();
        sale.id = UUID.randomUUID();
        sale.clientId = clientId;
        sale.amount = amount;
        sale.currency = currency;
        sale.productLine = productLine;
        sale.closeDate = closeDate;
        sale.source = source;
        sale.sourceSystem = system;
        sale.externalReference = externalReference;
        sale.opportunityId = opportunityId;
        sale.createdBy = createdBy;
        sale.createdAt = Instant.now();
        sale.persist();
        return sale;
    }

    /** Splits the amount by the shares in cents; the last share takes the rounding remainder, so the credits add up to the sale. */
    private SaleView credit(Sale sale, List<CreditShare> shares) {
        Map<UUID, BigDecimal> amounts = new LinkedHashMap<>();
        BigDecimal remaining = sale.amount;
        for (int i = 0; i < shares.size(); i++) {
            CreditShare share = shares.get(i);
            BigDecimal amount = i == shares.size() - 1 ? remaining
                    : sale.amount.multiply(share.percent()).divide(HUNDRED, 2, RoundingMode.HALF_UP);
            amounts.put(share.executiveId(), amount);
            remaining = remaining.subtract(amount);
        }
        List<SaleCredit> credits = new ArrayList<>();
        for (CreditShare share : shares) {
            SaleCredit credit = new SaleCredit();
            credit.id = UUID.randomUUID();
            credit.saleId = sale.id;
            credit.executiveId = share.executiveId();
            credit.creditPercent = share.percent();
            credit.creditedAmount = amounts.get(share.executiveId());
            credit.currency = sale.currency;
            credit.closeDate = sale.closeDate;
            credit.createdAt = sale.createdAt;
            credit.persist();
            credits.add(credit);
        }
        UniqueRows.flushOr(() -> ProblemException.conflict("duplicate-sale",
                "A sale with external reference " + sale.externalReference + " from " + sale.sourceSystem + " is already recorded"));
        credits.forEach(credit -> events.credited(sale, credit));
        attainment.recheck(credits.stream().map(credit -> credit.executiveId).toList(), sale.closeDate);
        credits.sort(SaleCredit.ORDER);
        return SaleView.of(sale, credits, BigDecimal.ZERO);
    }
}
