package io.accountable.client.assignment;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.accountable.client.assignment.AssignmentApi.AssignmentView;
import io.accountable.client.assignment.AssignmentApi.BulkReassignment;
import io.accountable.client.assignment.AssignmentApi.BulkResult;
import io.accountable.client.assignment.AssignmentApi.NewAssignment;
import io.accountable.client.assignment.AssignmentApi.NewTeamMember;
import io.accountable.client.assignment.AssignmentApi.OwnerView;
import io.accountable.client.assignment.AssignmentApi.TeamMemberView;
import io.accountable.client.client.Client;
import io.accountable.client.client.ClientAccess;
import io.accountable.client.client.ClientApi.ClientView;
import io.accountable.client.client.ClientEvents;
import io.accountable.client.client.PrimaryAssignments;
import io.accountable.client.executive.Executive;
import io.accountable.client.executive.ExecutiveStatus;
import io.accountable.client.tier.Tier;
import io.accountable.platform.problem.ProblemException;
import io.accountable.platform.security.CurrentUser;
import io.accountable.platform.time.FirmCalendar;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Exactly one primary executive per assigned client, with the full history of who held it when.
 * Every change locks the client row first and the receiving executive second, always in that order,
 * so concurrent reassignments queue up instead of deadlocking, and per-tier limits count each other.
 */
@ApplicationScoped
@Transactional
public class AssignmentService implements PrimaryAssignments {

    @Inject
    AssignmentEvents events;

    @Inject
    ClientEvents clientEvents;

    @Inject
    ClientAccess access;

    @Inject
    CurrentUser user;

    @Inject
    FirmCalendar calendar;

    public ClientView assign(UUID clientId, NewAssignment request) {
        Client client = access.changeable(clientId);
        if (client.version != request.version()) {
            throw ProblemException.staleVersion("client", clientId, request.version(), client.version);
        }
        requireReachable(request.executiveId());
        if (request.executiveId().equals(client.primaryExecutiveId)) {
            throw ProblemException.ruleViolation("already-primary",
                    "Executive " + request.executiveId() + " already holds client " + clientId, Map.of("executiveId", request.executiveId()));
        }
        client.requireOpen();
        requireNotFuture(request.effectiveDate());
        requireAfterCurrentHolding(client, request.effectiveDate());
        requireAssignable(request.executiveId(), client.tier);
        transfer(client, request.executiveId(), request.effectiveDate(), request.reason().strip());
        return ClientView.of(client);
    }

    /** Every open client of one executive moves to another in one transaction: all of them, or none. */
    public BulkResult reassignAll(UUID fromExecutiveId, BulkReassignment request) {
        if (Executive.findById(fromExecutiveId) == null || !access.reaches(fromExecutiveId)) {
            throw ProblemException.notFound("executive", fromExecutiveId);
        }
        requireReachable(request.toExecutiveId());
        if (fromExecutiveId.equals(request.toExecutiveId())) {
            throw ProblemException.ruleViolation("same-executive", "Clients cannot be reassigned to the executive who holds them",
                    Map.of("executiveId", fromExecutiveId));
        }
        requireNotFuture(request.effectiveDate());
        List<Client> clients = Client.lockedHeldBy(fromExecutiveId);
        clients.forEach(client -> requireAfterCurrentHolding(client, request.effectiveDate()));
        Map<String, Long> byTier = clients.stream().collect(Collectors.groupingBy(c -> c.tier, TreeMap::new, Collectors.counting()));
        requireAssignable(request.toExecutiveId(), byTier);
        String reason = request.reason().strip();
        clients.forEach(client -> transfer(client, request.toExecutiveId(), request.effectiveDate(), reason));
        return new BulkResult(fromExecutiveId, request.toExecutiveId(), request.effectiveDate(), clients.stream().map(c -> c.id).toList());
    }

    @Override
    public void assignAtOnboarding(Client client, LocalDate day) {
        open(client.id, client.primaryExecutiveId, null, day, "Onboarded");
    }

    @Transactional(SUPPORTS)
    public List<AssignmentView> history(UUID clientId) {
        access.readable(clientId);
        return Assignment.<Assignment>list("clientId", Sort.by("effectiveFrom").and("createdAt"), clientId).stream()
                .map(AssignmentView::of).toList();
    }

    @Transactional(SUPPORTS)
    public OwnerView ownerOn(UUID clientId, LocalDate day) {
        access.readable(clientId);
        LocalDate on = day == null ? calendar.today() : day;
        return Assignment.on(clientId, on)
                .map(a -> new OwnerView(clientId, on, a.executiveId, a.effectiveFrom, a.effectiveTo))
                .orElse(new OwnerView(clientId, on, null, null, null));
    }

    public TeamMemberView addTeamMember(UUID clientId, NewTeamMember request) {
        Client client = access.changeable(clientId);
        client.requireOpen();
        if (request.executiveId().equals(client.primaryExecutiveId)) {
            throw ProblemException.ruleViolation("primary-on-team", "The primary executive is not also a secondary team member",
                    Map.of("executiveId", request.executiveId()));
        }
        requireAssignable(request.executiveId());
        if (AccountTeamMember.count("clientId = ?1 and executiveId = ?2", clientId, request.executiveId()) > 0) {
            throw ProblemException.conflict("already-on-team", "Executive " + request.executiveId() + " is already on the team of client " + clientId);
        }
        AccountTeamMember member = new AccountTeamMember();
        member.id = UUID.randomUUID();
        member.clientId = clientId;
        member.executiveId = request.executiveId();
        member.role = request.role();
        member.createdAt = Instant.now();
        member.persist();
        events.teamMemberAdded(member);
        return TeamMemberView.of(member);
    }

    public void removeTeamMember(UUID clientId, UUID memberId) {
        access.changeable(clientId);
        AccountTeamMember member = AccountTeamMember.find("id = ?1 and clientId = ?2", memberId, clientId).firstResult();
        if (member == null) {
            throw ProblemException.notFound("team member", memberId);
        }
        member.delete();
        events.teamMemberRemoved(member);
    }

    @Transactional(SUPPORTS)
    public TeamMemberView teamMember(UUID clientId, UUID memberId) {
        access.readable(clientId);
        return AccountTeamMember.<AccountTeamMember>find("id = ?1 and clientId = ?2", memberId, clientId).firstResultOptional()
                .map(TeamMemberView::of)
                .orElseThrow(() -> ProblemException.notFound("team member", memberId));
    }

    @Transactional(SUPPORTS)
    public List<TeamMemberView> team(UUID clientId) {
        access.readable(clientId);
        return AccountTeamMember.<AccountTeamMember>list("clientId", Sort.by("createdAt"), clientId).stream()
                .map(TeamMemberView::of).toList();
    }

    /** The executive may take clients: known and not departed; see {@link #requireAssignable(UUID, Map)}. */
    public void requireAssignable(UUID executiveId) {
        requireAssignable(executiveId, Map.of());
    }

    @Override
    public void requireAssignable(UUID executiveId, String tierCode) {
        requireAssignable(executiveId, Map.of(tierCode, 1L));
    }

    /**
     * The executive may take clients, {@code addingByTier} more open ones per tier: known, not departed,
     * and within each tier's per-executive limit. Their row stays locked until the transaction ends, so a
     * departure cannot pass in between. The lock is exclusive only where a limit is counted, so that two
     * assignments count each other; elsewhere it is shared, and one executive's onboardings run side by
     * side instead of one at a time.
     */
    public void requireAssignable(UUID executiveId, Map<String, Long> addingByTier) {
        Map<Tier, Long> limited = new LinkedHashMap<>();
        addingByTier.forEach((code, adding) -> {
            Tier tier = Tier.findById(code);
            if (tier.maxClientsPerExecutive != null) {
                limited.put(tier, adding);
            }
        });
        ExecutiveStatus status = lockedStatus(executiveId, limited.isEmpty() ? "LOCK IN SHARE MODE" : "FOR UPDATE");
        if (status == null) {
            throw ProblemException.ruleViolation("unknown-executive", "No executive with id " + executiveId,
                    Map.of("executiveId", executiveId));
        }
        if (status == ExecutiveStatus.DEPARTED) {
            throw ProblemException.ruleViolation("executive-departed", "Executive " + executiveId + " has departed and cannot take clients",
                    Map.of("executiveId", executiveId, "executiveStatus", status));
        }
        limited.forEach((tier, adding) -> requireRoom(executiveId, tier, adding));
    }

    /**
     * The executive's status as the locking read finds it. A plain value, not the entity: one already
     * loaded in this transaction (a manager's reach loads their reports) would be handed back as it
     * was, and a departure committed since would go unseen.
     */
    private static ExecutiveStatus lockedStatus(UUID executiveId, String lockClause) {
        List<?> found = Executive.getEntityManager().createNativeQuery("SELECT status FROM executive WHERE id = ?1 " + lockClause)
                .setParameter(1, executiveId.toString()).getResultList();
        return found.isEmpty() ? null : ExecutiveStatus.valueOf(found.get(0).toString());
    }

    private static void requireRoom(UUID executiveId, Tier tier, long adding) {
        long used = Client.heldInTier(executiveId, tier.code);
        long limit = tier.maxClientsPerExecutive;
        if (used + adding > limit) {
            throw ProblemException.ruleViolation("tier-limit-exceeded",
                    "Executive " + executiveId + " holds " + used + " " + tier.code + " client(s); the tier allows at most " + limit
                            + " per executive, so " + adding + " more would exceed it",
                    Map.of("tier", tier.code, "limit", limit, "used", used, "remaining", Math.max(0, limit - used), "requested", adding));
        }
    }

    /**
     * Ends the current holding the day before the new one and opens the new one. A holding that began
     * on the effective date held the client for no day, so it is replaced, not ended: it leaves the
     * history, and if the holding before it ended that day with the same executive, that one runs on.
     * The event still names the executive who loses the client as the previous one.
     */
    private void transfer(Client client, UUID toExecutiveId, LocalDate effectiveDate, String reason) {
        UUID previous = client.primaryExecutiveId;
        UUID previousInHistory = previous;
        Assignment continued = null;
        Optional<Assignment> current = Assignment.current(client.id);
        if (current.isPresent() && current.get().effectiveFrom.equals(effectiveDate)) {
            previousInHistory = current.get().previousExecutiveId;
            current.get().delete();
            continued = Assignment.endingOn(client.id, effectiveDate).filter(before -> before.executiveId.equals(toExecutiveId)).orElse(null);
        } else {
            current.ifPresent(holding -> holding.effectiveTo = effectiveDate);
        }
        client.primaryExecutiveId = toExecutiveId;
        client.updatedAt = Instant.now();
        Client.flush();
        if (continued == null) {
            open(client.id, toExecutiveId, previousInHistory, previous, effectiveDate, reason);
        } else {
            continued.effectiveTo = null;
            events.assigned(client.id, toExecutiveId, previous, effectiveDate, reason);
        }
        clientEvents.updated(client);
    }

    private void open(UUID clientId, UUID executiveId, UUID previousExecutiveId, LocalDate from, String reason) {
        open(clientId, executiveId, previousExecutiveId, previousExecutiveId, from, reason);
    }

    private void open(UUID clientId, UUID executiveId, UUID previousInHistory, UUID previousExecutiveId, LocalDate from, String reason) {
        Assignment assignment = new Assignment();
        assignment.id = UUID.randomUUID();
        assignment.clientId = clientId;
        assignment.executiveId = executiveId;
        assignment.previousExecutiveId = previousInHistory;
        assignment.effectiveFrom = from;
        assignment.reason = reason;
        assignment.assignedBy = user.id();
        assignment.createdAt = Instant.now();
        assignment.persist();
        events.assigned(clientId, executiveId, previousExecutiveId, from, reason);
    }

    private void requireReachable(UUID executiveId) {
        if (!access.reaches(executiveId)) {
            throw ProblemException.forbidden("Clients can only be assigned to executives of your own team");
        }
    }

    private void requireNotFuture(LocalDate effectiveDate) {
        LocalDate today = calendar.today();
        if (effectiveDate.isAfter(today)) {
            throw ProblemException.ruleViolation("future-effective-date", "An assignment takes effect today at the latest",
                    Map.of("effectiveDate", effectiveDate, "today", today));
        }
    }

    /** History never overlaps: a new holding starts no earlier than the current one began (the same day replaces it). */
    private static void requireAfterCurrentHolding(Client client, LocalDate effectiveDate) {
        Assignment.current(client.id).ifPresent(current -> {
            if (effectiveDate.isBefore(current.effectiveFrom)) {
                throw ProblemException.ruleViolation("effective-date-before-current-holding",
                        "Client " + client.id + " has been held since " + current.effectiveFrom + "; a reassignment cannot take effect before that",
                        Map.of("clientId", client.id, "currentHolderSince", current.effectiveFrom, "effectiveDate", effectiveDate));
            }
        });
    }
}
