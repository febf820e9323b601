package io.accountable.compliance.preclearance;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.accountable.compliance.Money;
import io.accountable.compliance.gift.Allowances;
import io.accountable.compliance.gift.CitablePreclearances;
import io.accountable.compliance.gift.GiftParties;
import io.accountable.compliance.gift.GiftParties.Recipient;
import io.accountable.compliance.gift.GiftValuation;
import io.accountable.compliance.policy.PolicyInForce;
import io.accountable.compliance.policy.PolicyService;
import io.accountable.compliance.preclearance.PreclearanceApi.NewPreclearance;
import io.accountable.compliance.preclearance.PreclearanceApi.PreclearanceView;
import io.accountable.compliance.preclearance.PreclearanceApi.RecipientView;
import io.accountable.compliance.review.ReviewDecision;
import io.accountable.compliance.review.ReviewKind;
import io.accountable.compliance.review.ReviewOutcome;
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
public class PreclearanceService implements CitablePreclearances {

    @Inject
    PolicyService policies;

    @Inject
    Allowances allowances;

    @Inject
    GiftParties parties;

    @Inject
    PreclearanceEvents events;

    @Inject
    Reviews reviews;

    @Inject
    CurrentUser user;

    @Inject
    FirmCalendar calendar;

    /** Answers by value band with each recipient's allowance for the planned date; a borderline answer goes to review. */
    public PreclearanceView request(NewPreclearance request) {
        Set<UUID> giverIds = parties.givers(request.giverIds());
        LocalDate today = calendar.today();
        if (request.plannedDate().isBefore(today)) {
            throw ProblemException.ruleViolation("planned-date-past", "A pre-clearance is asked before giving; " + request.plannedDate()
                    + " is before today (" + today + "). Record the gift instead.", Map.of("plannedDate", request.plannedDate().toString()));
        }
        String currency = request.estimatedValue().currency();
        BigDecimal rate = GiftParties.rateToUsd(currency, request.rateToUsd());
        PolicyInForce policy = policies.inForceOn(request.plannedDate());
        BigDecimal valueUsd = GiftValuation.toUsd(request.estimatedValue().amount(), rate);
        List<Recipient> recipients = parties.recipients(request.recipients());
        List<BigDecimal> shares = GiftValuation.split(valueUsd, recipients.size());
        // A pre-clearance does not say whose death a bereavement gift would be for, so it is judged as
        // counting; the gift itself, once recorded with its deceased, may then fall outside the limit.
        boolean counts = GiftValuation.countsTowardLimit(request.category(), request.paidBy(), null, policy.bereavementExclusions());

        Preclearance preclearance = new Preclearance();
        preclearance.id = UUID.randomUUID();
        preclearance.requestedBy = user.id();
        preclearance.plannedDate = request.plannedDate();
        preclearance.description = request.description().strip();
        preclearance.category = request.category();
        preclearance.currency = currency;
        preclearance.estimatedValue = request.estimatedValue().amount();
        preclearance.rateToUsd = rate;
        preclearance.valueUsd = valueUsd;
        preclearance.paidBy = request.paidBy();
        preclearance.giverIds = new HashSet<>(giverIds);
        preclearance.validUntil = today.plusDays(policy.preclearanceValidDays());
        preclearance.decidedAt = Instant.now();

        List<PreclearanceRecipient> saved = new ArrayList<>();
        List<PreclearanceRules.Answer> answers = new ArrayList<>();
        for (int i = 0; i < recipients.size(); i++) {
            Recipient recipient = recipients.get(i);
            PreclearanceRecipient line = new PreclearanceRecipient();
            line.id = UUID.randomUUID();
            line.preclearanceId = preclearance.id;
            line.position = i;
            line.recipientId = recipient.id();
            line.contactId = recipient.contactId();
            line.recipientName = recipient.fullName();
            line.employerName = recipient.employerName();
            line.shareUsd = shares.get(i);
            line.usedUsd = allowances.used(recipient.id(), policy.window());
            line.limitUsd = policy.limitUsd();
            saved.add(line);
            answers.add(PreclearanceRules.decide(counts, request.category().isNominal(), recipient.listed(), line.shareUsd,
                    line.usedUsd, policy.limitUsd(), policy.reviewThresholdUsd(), policy.nominalCeilingUsd()));
        }
        preclearance.decision = PreclearanceRules.overall(answers.stream().map(PreclearanceRules.Answer::decision).toList());
        preclearance.reason = answers.stream().filter(a -> a.decision() == preclearance.decision).map(PreclearanceRules.Answer::reason)
                .distinct().collect(Collectors.joining("; "));
        preclearance.persist();
        saved.forEach(line -> line.persist());
        Preclearance.flush();
        saved.forEach(line -> events.decided(preclearance, line));
        if (preclearance.decision == PreclearanceDecision.NEEDS_REVIEW) {
            reviews.request(ReviewKind.PRECLEARANCE, preclearance.id, giverIds.iterator().next(), saved.get(0).recipientId,
                    "Pre-clearance of a USD " + Money.cents(valueUsd) + " " + request.category() + " on " + request.plannedDate()
                            + ": " + preclearance.reason);
        }
        return view(preclearance);
    }

    @Transactional(SUPPORTS)
    public PreclearanceView get(UUID id) {
        return view(visible(id));
    }

    @Transactional(SUPPORTS)
    public Page<PreclearanceView> list(PreclearanceDecision decision, PageRequest page) {
        StringBuilder query = new StringBuilder("from Preclearance p where 1 = 1");
        Parameters parameters = new Parameters();
        if (!parties.seesAll()) {
            query.append(" and :me member of p.giverIds");
            parameters.and("me", parties.callerAsExecutive());
        }
        if (decision != null) {
            query.append(" and p.decision = :decision");
            parameters.and("decision", decision);
        }
        query.append(" order by p.decidedAt desc, p.id");
        return Page.of(Preclearance.<Preclearance>find(query.toString(), parameters), page, this::view);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireCitable(UUID id, LocalDate giftDate, Set<UUID> recipientIds) {
        Preclearance preclearance = Preclearance.findById(id);
        if (preclearance == null || !parties.maySee(preclearance.giverIds)) {
            throw ProblemException.ruleViolation("unknown-preclearance", "No pre-clearance " + id + " of yours", Map.of("preclearanceId", id.toString()));
        }
        PreclearanceDecision effective = effectiveDecision(preclearance);
        if (effective != PreclearanceDecision.APPROVED) {
            throw ProblemException.ruleViolation("preclearance-not-approved", "Pre-clearance " + id + " is " + effective,
                    Map.of("preclearanceId", id.toString(), "decision", effective.name()));
        }
        if (giftDate.isAfter(preclearance.validUntil)) {
            throw ProblemException.ruleViolation("preclearance-expired", "Pre-clearance " + id + " held until " + preclearance.validUntil,
                    Map.of("preclearanceId", id.toString(), "validUntil", preclearance.validUntil.toString()));
        }
        Set<UUID> cleared = PreclearanceRecipient.<PreclearanceRecipient>list("preclearanceId", id).stream()
                .map(r -> r.recipientId).collect(Collectors.toSet());
        if (!cleared.containsAll(recipientIds)) {
            throw ProblemException.ruleViolation("preclearance-other-recipients", "Pre-clearance " + id + " was for other recipients",
                    Map.of("preclearanceId", id.toString()));
        }
    }

    private PreclearanceDecision effectiveDecision(Preclearance preclearance) {
        if (preclearance.decision != PreclearanceDecision.NEEDS_REVIEW) {
            return preclearance.decision;
        }
        ReviewDecision review = ReviewDecision.forSubject(ReviewKind.PRECLEARANCE, preclearance.id);
        if (review == null) {
            return PreclearanceDecision.NEEDS_REVIEW;
        }
        return review.decision == ReviewOutcome.APPROVED ? PreclearanceDecision.APPROVED : PreclearanceDecision.DENIED;
    }

    private Preclearance visible(UUID id) {
        Preclearance preclearance = Preclearance.findById(id);
        if (preclearance == null || !parties.maySee(preclearance.giverIds)) {
            throw ProblemException.notFound("pre-clearance", id);
        }
        return preclearance;
    }

    private PreclearanceView view(Preclearance p) {
        List<RecipientView> recipients = PreclearanceRecipient.<PreclearanceRecipient>list("preclearanceId", Sort.by("position"), p.id)
                .stream().map(RecipientView::of).toList();
        return new PreclearanceView(p.id, p.giverIds.stream().sorted().toList(), recipients, p.plannedDate, p.description, p.category,
                new Money(p.estimatedValue, p.currency), p.rateToUsd, Money.usd(p.valueUsd), p.paidBy, p.decision,
                effectiveDecision(p), p.reason, p.validUntil, p.requestedBy, p.decidedAt);
    }
}
