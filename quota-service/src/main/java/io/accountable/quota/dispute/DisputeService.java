package io.accountable.quota.dispute;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.accountable.platform.problem.ProblemException;
import io.accountable.platform.security.CurrentUser;
import io.accountable.quota.common.Money;
import io.accountable.quota.dispute.DisputeApi.Decision;
import io.accountable.quota.dispute.DisputeApi.DisputeView;
import io.accountable.quota.dispute.DisputeApi.NewDispute;
import io.accountable.quota.dispute.DisputeApi.Resolution;
import io.accountable.quota.executive.Executive;
import io.accountable.quota.executive.TeamAccess;
import io.accountable.quota.period.Period;
import io.accountable.quota.period.QuotaConfig;
import io.accountable.quota.statement.Statement;
import io.accountable.quota.statement.StatementService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class DisputeService {

    @Inject
    DisputeEvents events;

    @Inject
    TeamAccess access;

    @Inject
    CurrentUser user;

    @Inject
    StatementService statements;

    @Inject
    QuotaConfig config;

    /** An executive questions a line of one of their own issued statements. */
    public DisputeView open(NewDispute request) {
        Statement statement = Statement.<Statement> findByIdOptional(request.statementId()).filter(s -> access.maySee(s.executiveId))
                .orElseThrow(() -> ProblemException.notFound("issued statement", request.statementId()));
        if (!statement.executiveId.toString().equals(user.id())) {
            throw ProblemException.forbidden("Only the executive a statement belongs to can dispute it");
        }
        if (statement.lines().stream().noneMatch(l -> l.lineNo == request.lineNo())) {
            throw ProblemException.ruleViolation("no-such-line",
                    "Statement " + statement.id + " has no line " + request.lineNo(), Map.of("lineNo", request.lineNo()));
        }
        if (Dispute.count("statementId = ?1 and lineNo = ?2 and status = ?3", statement.id, request.lineNo(), DisputeStatus.OPEN) > 0) {
            throw ProblemException.conflict("dispute-already-open", "Line " + request.lineNo() + " of statement " + statement.id
                    + " is already disputed");
        }
        Executive executive = Executive.findById(statement.executiveId);
        Dispute dispute = new Dispute();
        dispute.id = UUID.randomUUID();
        dispute.statementId = statement.id;
        dispute.lineNo = request.lineNo();
        dispute.executiveId = statement.executiveId;
        dispute.managerId = executive == null ? null : executive.managerId;
        dispute.status = DisputeStatus.OPEN;
        dispute.comment = request.comment().strip();
        dispute.openedAt = Instant.now();
        dispute.persistAndFlush();
        events.opened(dispute, statement.periodCode, statement.currency);
        return view(dispute, statement);
    }

    /** The executive's manager (or admin) accepts, with an adjustment in the first open period, or rejects. */
    public DisputeView resolve(UUID id, Resolution resolution) {
        Dispute dispute = find(id);
        if (!user.isAdmin() && (dispute.managerId == null || !dispute.managerId.toString().equals(user.id()))) {
            throw ProblemException.forbidden("Only the executive's manager or an admin resolves a dispute");
        }
        if (dispute.status != DisputeStatus.OPEN) {
            throw ProblemException.conflict("dispute-already-resolved", "Dispute " + id + " was already " + dispute.status);
        }
        Statement statement = Statement.findById(dispute.statementId);
        if (resolution.decision() == Decision.ACCEPT) {
            if (resolution.adjustment() == null || resolution.adjustment().signum() == 0) {
                throw ProblemException.ruleViolation("adjustment-required", "Accepting a dispute needs a non-zero adjustment", Map.of());
            }
            dispute.adjustmentAmount = resolution.adjustment();
            dispute.appliedPeriod = statements.firstOpenAfter(Period.parse(statement.periodCode, config.fiscalYearStartMonth())).code();
            dispute.status = DisputeStatus.ACCEPTED;
        } else {
            dispute.status = DisputeStatus.REJECTED;
        }
        dispute.resolutionComment = resolution.comment().strip();
        dispute.resolvedAt = Instant.now();
        dispute.resolvedBy = user.id();
        Dispute.flush();
        events.resolved(dispute, statement.periodCode, statement.currency);
        return view(dispute, statement);
    }

    @Transactional(SUPPORTS)
    public DisputeView get(UUID id) {
        Dispute dispute = find(id);
        return view(dispute, Statement.findById(dispute.statementId));
    }

    @Transactional(SUPPORTS)
    public List<DisputeView> list(UUID executiveId) {
        access.requireMaySee(executiveId);
        return Dispute.<Dispute> list("executiveId = ?1 order by openedAt desc", executiveId).stream()
                .map(d -> view(d, Statement.findById(d.statementId))).toList();
    }

    private Dispute find(UUID id) {
        return Dispute.<Dispute> findByIdOptional(id).filter(d -> access.maySee(d.executiveId))
                .orElseThrow(() -> ProblemException.notFound("dispute", id));
    }

    private static DisputeView view(Dispute dispute, Statement statement) {
        return new DisputeView(dispute.id, dispute.statementId, statement.periodCode, dispute.lineNo, dispute.executiveId, dispute.managerId,
                dispute.status, dispute.comment, dispute.resolutionComment,
                dispute.adjustmentAmount == null ? null : Money.of(dispute.adjustmentAmount, statement.currency), dispute.appliedPeriod,
                dispute.openedAt, dispute.resolvedAt, dispute.resolvedBy, dispute.version);
    }
}
