package io.accountable.quota.plan;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountable.platform.api.Page;
import io.accountable.platform.api.PageRequest;
import io.accountable.platform.problem.ProblemException;
import io.accountable.quota.common.UniqueRows;
import io.accountable.platform.security.CurrentUser;
import io.accountable.quota.commission.Bonus;
import io.accountable.quota.commission.BoundaryRule;
import io.accountable.quota.commission.Draw;
import io.accountable.quota.commission.PlanTerms;
import io.accountable.quota.commission.Tier;
import io.accountable.quota.commission.TierBasis;
import io.accountable.quota.executive.Executive;
import io.accountable.quota.period.PeriodKind;
import io.accountable.quota.plan.PlanApi.AssignmentView;
import io.accountable.quota.plan.PlanApi.BonusInput;
import io.accountable.quota.plan.PlanApi.DrawInput;
import io.accountable.quota.plan.PlanApi.NewAssignment;
import io.accountable.quota.plan.PlanApi.NewPlan;
import io.accountable.quota.plan.PlanApi.PlanTermsInput;
import io.accountable.quota.plan.PlanApi.PlanView;
import io.accountable.quota.plan.PlanApi.TierInput;
import io.accountable.quota.plan.PlanApi.VersionView;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class PlanService {

    @Inject
    ObjectMapper json;

    @Inject
    CurrentUser user;

    public PlanView create(NewPlan request) {
        if (CommissionPlan.count("name", request.name().strip()) > 0) {
            throw ProblemException.conflict("plan-name-taken", "A plan named " + request.name().strip() + " already exists");
        }
        CommissionPlan plan = new CommissionPlan();
        plan.id = UUID.randomUUID();
        plan.name = request.name().strip();
        plan.currency = request.currency();
        plan.createdAt = Instant.now();
        plan.updatedAt = plan.createdAt;
        plan.persist();
        addVersion(plan, request.terms(), 1);
        UniqueRows.flushOr(() -> ProblemException.conflict("plan-name-taken", "A plan named " + plan.name + " already exists"));
        return view(plan);
    }

    /** A new version from its effective date; statements of closed periods are not rewritten (they get adjustments). */
    public PlanView addVersion(UUID planId, PlanTermsInput terms) {
        CommissionPlan plan = find(planId);
        addVersion(plan, terms, plan.versions().size() + 1);
        plan.updatedAt = Instant.now();
        UniqueRows.flushOr(() -> ProblemException.conflict("concurrent-plan-change",
                "Plan " + plan.name + " was changed at the same time; read it again and retry"));
        return view(plan);
    }

    public AssignmentView assign(UUID planId, NewAssignment request) {
        find(planId);
        if (Executive.findById(request.executiveId()) == null) {
            throw ProblemException.ruleViolation("unknown-executive", "No executive with id " + request.executiveId() + " is known",
                    Map.of("executiveId", request.executiveId()));
        }
        if (request.to() != null && request.to().isBefore(request.from())) {
            throw ProblemException.ruleViolation("assignment-ends-before-it-starts",
                    "The assignment ends on " + request.to() + ", before it starts on " + request.from(), Map.of());
        }
        if (PlanAssignment.overlaps(request.executiveId(), request.from(), request.to())) {
            throw ProblemException.conflict("overlapping-plan-assignment",
                    "Executive " + request.executiveId() + " is already on a plan for part of " + request.from() + " to "
                            + (request.to() == null ? "open end" : request.to()));
        }
        PlanAssignment assignment = new PlanAssignment();
        assignment.id = UUID.randomUUID();
        assignment.planId = planId;
        assignment.executiveId = request.executiveId();
        assignment.validFrom = request.from();
        assignment.validTo = request.to();
        assignment.createdBy = user.id();
        assignment.createdAt = Instant.now();
        assignment.persist();
        return AssignmentView.of(assignment);
    }

    @Transactional(SUPPORTS)
    public PlanView get(UUID planId) {
        return view(find(planId));
    }

    @Transactional(SUPPORTS)
    public Page<PlanView> list(PageRequest page) {
        return Page.of(CommissionPlan.find("", Sort.by("name")), page, plan -> view((CommissionPlan) plan));
    }

    @Transactional(SUPPORTS)
    public List<AssignmentView> assignments(UUID planId) {
        find(planId);
        return PlanAssignment.<PlanAssignment> list("planId = ?1 order by validFrom", planId).stream().map(AssignmentView::of).toList();
    }

    /** The commission engine's view of a stored version. */
    public PlanTerms terms(PlanVersion version) {
        List<Tier> tiers = read(version.tiers, new TypeReference<List<TierInput>>() {
        }).stream().map(t -> new Tier(t.threshold(), t.ratePercent())).toList();
        List<Bonus> bonuses = read(version.bonuses, new TypeReference<List<BonusInput>>() {
        }).stream().map(b -> new Bonus(b.attainmentPercent(), b.amount())).toList();
        Draw draw = version.drawAmount == null ? null : new Draw(version.drawAmount, version.drawRecoverable);
        return new PlanTerms(version.tierMode, version.boundaryRule, version.tierBasis, tiers, bonuses, version.capAmount, draw);
    }

    private void addVersion(CommissionPlan plan, PlanTermsInput input, int sequence) {
        PlanVersion version = new PlanVersion();
        version.id = UUID.randomUUID();
        version.planId = plan.id;
        version.sequenceNo = sequence;
        version.effectiveFrom = input.effectiveFrom();
        version.tierMode = input.tierMode();
        version.boundaryRule = input.boundaryRule() == null ? BoundaryRule.EDGE_TAKES_HIGHER : input.boundaryRule();
        version.tierBasis = input.tierBasis() == null ? TierBasis.AMOUNT : input.tierBasis();
        version.commissionPeriod = input.commissionPeriod() == null ? PeriodKind.MONTH : input.commissionPeriod();
        version.tiers = write(input.tiers());
        version.bonuses = write(input.bonuses() == null ? List.of() : input.bonuses());
        version.capAmount = input.cap();
        version.drawAmount = input.draw() == null ? null : input.draw().amount();
        version.drawRecoverable = input.draw() == null || input.draw().recoverable() == null || input.draw().recoverable();
        version.baseSalary = input.baseSalary();
        version.createdBy = user.id();
        version.createdAt = Instant.now();
        try {
            terms(version);
        } catch (IllegalArgumentException e) {
            throw ProblemException.ruleViolation("invalid-plan-terms", e.getMessage(), Map.of());
        }
        version.persist();
    }

    private CommissionPlan find(UUID planId) {
        CommissionPlan plan = CommissionPlan.findById(planId);
        if (plan == null) {
            throw ProblemException.notFound("commission plan", planId);
        }
        return plan;
    }

    private PlanView view(CommissionPlan plan) {
        List<VersionView> versions = plan.versions().stream().map(v -> new VersionView(v.sequenceNo, v.effectiveFrom, v.tierMode,
                v.boundaryRule, v.tierBasis, v.commissionPeriod, read(v.tiers, new TypeReference<List<TierInput>>() {
                }), read(v.bonuses, new TypeReference<List<BonusInput>>() {
                }), v.capAmount, v.drawAmount == null ? null : new DrawInput(v.drawAmount, v.drawRecoverable), v.baseSalary,
                v.createdBy, v.createdAt)).toList();
        return new PlanView(plan.id, plan.name, plan.currency, plan.version, versions);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored plan version is not readable", e);
        }
    }
}
