package io.accountable.client.opportunity;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.accountable.client.client.Client;
import io.accountable.client.client.ClientAccess;
import io.accountable.client.client.Money;
import io.accountable.client.executive.Executive;
import io.accountable.client.opportunity.OpportunityApi.NewOpportunity;
import io.accountable.client.opportunity.OpportunityApi.OpportunityChange;
import io.accountable.client.opportunity.OpportunityApi.OpportunityView;
import io.accountable.client.opportunity.OpportunityApi.Pipeline;
import io.accountable.client.opportunity.OpportunityApi.StageChange;
import io.accountable.client.opportunity.OpportunityApi.TeamPipeline;
import io.accountable.client.opportunity.OpportunityApi.Total;
import io.accountable.client.product.HoldingService;
import io.accountable.client.product.ProductService;
import io.accountable.platform.problem.ProblemException;
import io.accountable.platform.security.CurrentUser;
import io.accountable.platform.time.FirmCalendar;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class OpportunityService {

    static final List<Stage> OPEN = List.of(Stage.QUALIFICATION, Stage.PROPOSAL, Stage.NEGOTIATION);

    @Inject
    OpportunityEvents events;

    @Inject
    ClientAccess access;

    @Inject
    CurrentUser user;

    @Inject
    FirmCalendar calendar;

    @Inject
    ProductService products;

    @Inject
    HoldingService holdings;

    public OpportunityView open(UUID clientId, NewOpportunity request) {
        Client client = access.changeableOpen(clientId);
        if (client.primaryExecutiveId == null) {
            throw ProblemException.ruleViolation("primary-executive-required",
                    "An opportunity belongs to the client's primary executive; assign one first", Map.of("clientId", clientId));
        }
        Stage stage = request.stage() == null ? Stage.QUALIFICATION : request.stage();
        if (stage.isClosed()) {
            throw ProblemException.ruleViolation("closed-stage-at-opening", "An opportunity opens in an open stage, not " + stage,
                    Map.of("stage", stage));
        }
        Opportunity opportunity = new Opportunity();
        opportunity.id = UUID.randomUUID();
        opportunity.clientId = clientId;
        opportunity.executiveId = client.primaryExecutiveId;
        terms(opportunity, request.productLine(), request.productCodes(), request.amount(), request.expectedCloseDate(), request.probability());
        opportunity.stage = stage;
        opportunity.createdAt = Instant.now();
        opportunity.updatedAt = opportunity.createdAt;
        opportunity.persistAndFlush();
        events.opened(opportunity);
        return OpportunityView.of(opportunity);
    }

    public OpportunityView change(UUID id, OpportunityChange request) {
        Opportunity opportunity = changeable(id, request.version()).opportunity();
        terms(opportunity, request.productLine(), request.productCodes(), request.amount(), request.expectedCloseDate(), request.probability());
        opportunity.updatedAt = Instant.now();
        Opportunity.flush();
        events.updated(opportunity);
        return OpportunityView.of(opportunity);
    }

    /** Moves the opportunity on; WON and LOST close it, and WON is published exactly once for quota crediting. */
    public OpportunityView changeStage(UUID id, StageChange request) {
        Locked locked = changeable(id, request.version());
        Opportunity opportunity = locked.opportunity();
        Stage to = request.stage();
        Stage from = opportunity.stage;
        if (to == opportunity.stage) {
            throw ProblemException.ruleViolation("same-stage", "The opportunity is already in " + to, Map.of("stage", to));
        }
        if (to.isClosed()) {
            LocalDate today = calendar.today();
            LocalDate closeDate = request.closeDate() == null ? today : request.closeDate();
            if (closeDate.isAfter(today)) {
                throw ProblemException.ruleViolation("future-close-date", "An opportunity closes today at the latest",
                        Map.of("closeDate", closeDate, "today", today));
            }
            if (to == Stage.LOST && (request.reason() == null || request.reason().isBlank())) {
                throw ProblemException.ruleViolation("lost-reason-required", "Say why the opportunity was lost", Map.of("stage", to));
            }
            opportunity.closedOn = closeDate;
            opportunity.probability = to == Stage.WON ? 100 : 0;
            opportunity.lostReason = to == Stage.LOST ? request.reason().strip() : null;
        }
        opportunity.stage = to;
        opportunity.updatedAt = Instant.now();
        Opportunity.flush();
        OpportunityStageChange change = new OpportunityStageChange();
        change.id = UUID.randomUUID();
        change.opportunityId = opportunity.id;
        change.clientId = opportunity.clientId;
        change.fromStage = from;
        change.toStage = to;
        change.changedOn = to.isClosed() ? opportunity.closedOn : calendar.today();
        change.changedAt = opportunity.updatedAt;
        change.persist();
        switch (to) {
            case WON -> {
                events.won(opportunity);
                holdings.openWon(locked.client(), opportunity.id, opportunity.productCodes, opportunity.closedOn);
            }
            case LOST -> events.lost(opportunity);
            default -> events.stageChanged(opportunity);
        }
        return OpportunityView.of(opportunity);
    }

    @Transactional(SUPPORTS)
    public OpportunityView get(UUID id) {
        Opportunity opportunity = Opportunity.findById(id);
        if (opportunity == null) {
            throw ProblemException.notFound("opportunity", id);
        }
        try {
            access.readable(opportunity.clientId);
        } catch (ProblemException hidden) {
            throw ProblemException.notFound("opportunity", id);
        }
        return OpportunityView.of(opportunity);
    }

    @Transactional(SUPPORTS)
    public List<OpportunityView> forClient(UUID clientId, Stage stage) {
        access.readable(clientId);
        List<Opportunity> found = stage == null
                ? Opportunity.list("clientId", Sort.by("expectedCloseDate").and("id"), clientId)
                : Opportunity.list("clientId = ?1 and stage = ?2", Sort.by("expectedCloseDate").and("id"), clientId, stage);
        return found.stream().map(OpportunityView::of).toList();
    }

    @Transactional(SUPPORTS)
    public Pipeline pipeline(UUID executiveId) {
        if (!access.reaches(executiveId) || Executive.findById(executiveId) == null) {
            throw ProblemException.notFound("executive", executiveId);
        }
        return pipelineOf(executiveId);
    }

    /** Admin any manager's team; a manager their own. */
    @Transactional(SUPPORTS)
    public TeamPipeline teamPipeline(UUID managerId) {
        boolean own = access.executiveId().filter(managerId::equals).isPresent();
        if (!(user.isAdmin() || own) || Executive.findById(managerId) == null) {
            throw ProblemException.notFound("manager", managerId);
        }
        List<Pipeline> executives = Executive.<Executive>list("managerId", Sort.by("fullName").and("id"), managerId).stream()
                .map(e -> pipelineOf(e.id)).toList();
        List<Opportunity> all = executives.isEmpty() ? List.of()
                : Opportunity.list("executiveId in ?1 and stage in ?2", executives.stream().map(Pipeline::executiveId).toList(), OPEN);
        return new TeamPipeline(managerId, totals(all), executives);
    }

    private Pipeline pipelineOf(UUID executiveId) {
        List<Opportunity> open = Opportunity.list("executiveId = ?1 and stage in ?2", Sort.by("expectedCloseDate").and("id"), executiveId, OPEN);
        return new Pipeline(executiveId, totals(open), open.stream().map(OpportunityView::of).toList());
    }

    private static List<Total> totals(Collection<Opportunity> opportunities) {
        Map<String, List<Opportunity>> byCurrency = new TreeMap<>();
        opportunities.forEach(o -> byCurrency.computeIfAbsent(o.currency, c -> new ArrayList<>()).add(o));
        return byCurrency.entrySet().stream().map(e -> new Total(e.getKey(), e.getValue().size(),
                Money.of(e.getValue().stream().map(o -> o.amount).reduce(BigDecimal.ZERO, BigDecimal::add), e.getKey()),
                Money.of(e.getValue().stream().map(OpportunityApi::weighted).reduce(BigDecimal.ZERO, BigDecimal::add), e.getKey())))
                .toList();
    }

    private record Locked(Client client, Opportunity opportunity) {
    }

    /** The opportunity, locked after its client, at the version the caller read, and still open. */
    private Locked changeable(UUID id, long version) {
        Opportunity found = Opportunity.findById(id);
        if (found == null) {
            throw ProblemException.notFound("opportunity", id);
        }
        Client client;
        try {
            client = access.changeable(found.clientId);
        } catch (ProblemException hidden) {
            if (access.readsEveryClient()) {
                throw hidden;
            }
            throw ProblemException.notFound("opportunity", id);
        }
        Opportunity.getEntityManager().detach(found);
        Opportunity opportunity = Opportunity.lockedById(id);
        if (opportunity.stage.isClosed()) {
            throw ProblemException.conflict("opportunity-closed", "Opportunity " + id + " was already " + opportunity.stage
                    + (opportunity.closedOn == null ? "" : " on " + opportunity.closedOn) + "; a closed opportunity does not change");
        }
        if (opportunity.version != version) {
            throw ProblemException.staleVersion("opportunity", id, version, opportunity.version);
        }
        return new Locked(client, opportunity);
    }

    private void terms(Opportunity opportunity, String productLine, Set<String> productCodes, Money amount, LocalDate expectedCloseDate,
            int probability) {
        Set<String> codes = productCodes == null ? Set.of() : productCodes;
        products.requireOffered(codes, calendar.today());
        opportunity.productCodes.clear();
        opportunity.productCodes.addAll(codes);
        opportunity.productLine = productLine.strip();
        opportunity.amount = amount.amount();
        opportunity.currency = amount.currency();
        opportunity.expectedCloseDate = expectedCloseDate;
        opportunity.probability = probability;
    }
}
