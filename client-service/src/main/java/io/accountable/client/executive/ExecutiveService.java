package io.accountable.client.executive;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.accountable.client.executive.ExecutiveApi.ExecutiveChange;
import io.accountable.client.executive.ExecutiveApi.ExecutiveView;
import io.accountable.client.executive.ExecutiveApi.NewExecutive;
import io.accountable.platform.api.Page;
import io.accountable.platform.api.PageRequest;
import io.accountable.platform.problem.ProblemException;
import io.accountable.platform.time.FirmCalendar;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class ExecutiveService {

    @Inject
    ExecutiveEvents events;

    @Inject
    FirmCalendar calendar;

    public ExecutiveView register(NewExecutive request) {
        if (Executive.emailTaken(request.email(), new UUID(0, 0))) {
            throw emailTaken(request.email());
        }
        Executive executive = new Executive();
        executive.id = UUID.randomUUID();
        executive.fullName = request.fullName().strip();
        executive.email = request.email().strip();
        executive.region = request.region();
        executive.hireDate = request.hireDate();
        executive.managerId = request.managerId();
        requireValidManager(executive);
        executive.status = ExecutiveStatus.ACTIVE;
        executive.createdAt = Instant.now();
        executive.updatedAt = executive.createdAt;
        executive.persistAndFlush();
        events.registered(executive);
        return ExecutiveView.of(executive);
    }

    public ExecutiveView change(UUID id, ExecutiveChange request) {
        Executive executive = find(id);
        if (executive.version != request.version()) {
            throw ProblemException.staleVersion("executive", id, request.version(), executive.version);
        }
        if (Executive.emailTaken(request.email(), id)) {
            throw emailTaken(request.email());
        }
        executive.fullName = request.fullName().strip();
        executive.email = request.email().strip();
        executive.region = request.region();
        executive.hireDate = request.hireDate();
        executive.managerId = request.managerId();
        ExecutiveStatus before = executive.status;
        executive.status = request.status();
        requireValidManager(executive);
        executive.updatedAt = Instant.now();
        Executive.flush();
        events.updated(executive);
        if (before != ExecutiveStatus.DEPARTED && executive.status == ExecutiveStatus.DEPARTED) {
            events.departed(executive, calendar.today());
        }
        return ExecutiveView.of(executive);
    }

    @Transactional(SUPPORTS)
    public ExecutiveView get(UUID id) {
        return ExecutiveView.of(find(id));
    }

    @Transactional(SUPPORTS)
    public Page<ExecutiveView> list(ExecutiveStatus status, String region, UUID managerId, PageRequest page) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        if (region != null && !region.isBlank()) {
            query.append(" and region = :region");
            parameters.and("region", region);
        }
        if (managerId != null) {
            query.append(" and managerId = :managerId");
            parameters.and("managerId", managerId);
        }
        return Page.of(Executive.find(query.toString(), Sort.by("fullName").and("id"), parameters), page, ExecutiveView::of);
    }

    private Executive find(UUID id) {
        Executive executive = Executive.findById(id);
        if (executive == null) {
            throw ProblemException.notFound("executive", id);
        }
        return executive;
    }

    /** The manager must exist, and the reporting line must not loop back to the executive. */
    private void requireValidManager(Executive executive) {
        Set<UUID> seen = new HashSet<>(Set.of(executive.id));
        for (UUID managerId = executive.managerId; managerId != null; ) {
            if (!seen.add(managerId)) {
                throw ProblemException.ruleViolation("reporting-cycle",
                        "Executive " + executive.id + " cannot report to " + executive.managerId + ": the reporting line would loop",
                        Map.of("managerId", executive.managerId));
            }
            Executive manager = Executive.findById(managerId);
            if (manager == null) {
                throw ProblemException.ruleViolation("unknown-manager", "No executive with id " + managerId + " to report to",
                        Map.of("managerId", managerId));
            }
            managerId = manager.managerId;
        }
    }

    private static ProblemException emailTaken(String email) {
        return ProblemException.conflict("email-taken", "Another executive already has the e-mail address " + email);
    }
}
