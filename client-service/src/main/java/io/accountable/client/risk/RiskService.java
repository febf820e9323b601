package io.accountable.client.risk;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.accountable.client.client.Client;
import io.accountable.client.client.ClientAccess;
import io.accountable.client.risk.RiskApi.NewRetentionFlag;
import io.accountable.client.risk.RiskApi.NewRiskRating;
import io.accountable.client.risk.RiskApi.RetentionFlagView;
import io.accountable.client.risk.RiskApi.RiskRatingView;
import io.accountable.platform.problem.ProblemException;
import io.accountable.platform.security.CurrentUser;
import io.accountable.platform.time.FirmCalendar;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class RiskService {

    @Inject
    RiskEvents events;

    @Inject
    ClientAccess access;

    @Inject
    CurrentUser user;

    @Inject
    FirmCalendar calendar;

    public RiskRatingView rate(UUID clientId, NewRiskRating request) {
        Client client = openClient(clientId);
        LocalDate today = calendar.today();
        if (!request.nextReviewDate().isAfter(today)) {
            throw ProblemException.ruleViolation("review-date-not-ahead", "The next review must be after today",
                    Map.of("nextReviewDate", request.nextReviewDate(), "today", today));
        }
        RiskRating rating = new RiskRating();
        rating.id = UUID.randomUUID();
        rating.clientId = clientId;
        rating.executiveId = client.primaryExecutiveId;
        rating.rating = request.rating();
        rating.reason = request.reason().strip();
        rating.nextReviewDate = request.nextReviewDate();
        rating.ratedBy = user.id();
        rating.ratedAt = Instant.now();
        rating.persist();
        events.rated(rating);
        return RiskRatingView.of(rating);
    }

    @Transactional(SUPPORTS)
    public List<RiskRatingView> ratings(UUID clientId) {
        access.readable(clientId);
        return RiskRating.<RiskRating>list("clientId", Sort.descending("ratedAt").and("id"), clientId).stream().map(RiskRatingView::of).toList();
    }

    @Transactional(SUPPORTS)
    public RiskRatingView rating(UUID clientId, UUID ratingId) {
        access.readable(clientId);
        return RiskRating.<RiskRating>find("id = ?1 and clientId = ?2", ratingId, clientId).firstResultOptional()
                .map(RiskRatingView::of)
                .orElseThrow(() -> ProblemException.notFound("risk rating", ratingId));
    }

    /** Current ratings (each client's newest) whose review is due by a day, of the clients the caller may see. */
    @Transactional(SUPPORTS)
    public List<RiskRatingView> reviewsDue(LocalDate until) {
        StringBuilder query = new StringBuilder("from RiskRating r where r.nextReviewDate <= :until"
                + " and r.ratedAt = (select max(n.ratedAt) from RiskRating n where n.clientId = r.clientId)");
        Parameters parameters = Parameters.with("until", until == null ? calendar.today() : until);
        if (!access.readsEveryClient()) {
            if (access.reach().isEmpty()) {
                return List.of();
            }
            query.append(" and r.clientId in (select c.id from Client c where c.primaryExecutiveId in :reach)");
            parameters.and("reach", access.reach());
        }
        query.append(" order by r.nextReviewDate, r.id");
        return RiskRating.<RiskRating>list(query.toString(), parameters).stream()
                .map(RiskRatingView::of).toList();
    }

    public RetentionFlagView flag(UUID clientId, NewRetentionFlag request) {
        Client client = openClient(clientId);
        if (client.primaryExecutiveId == null) {
            throw ProblemException.ruleViolation("primary-executive-required", "A retention flag is for the client's primary executive to act on",
                    Map.of("clientId", clientId));
        }
        LocalDate today = calendar.today();
        if (request.actBy().isBefore(today)) {
            throw ProblemException.ruleViolation("act-by-in-the-past", "The act-by date is today or later",
                    Map.of("actBy", request.actBy(), "today", today));
        }
        if (RetentionFlag.count("clientId = ?1 and actedAt is null", clientId) > 0) {
            throw ProblemException.conflict("retention-flag-open", "Client " + clientId + " already has an open retention flag");
        }
        RetentionFlag flag = new RetentionFlag();
        flag.id = UUID.randomUUID();
        flag.clientId = clientId;
        flag.executiveId = client.primaryExecutiveId;
        flag.reason = request.reason().strip();
        flag.actBy = request.actBy();
        flag.flaggedBy = user.id();
        flag.flaggedAt = Instant.now();
        flag.persistAndFlush();
        events.flagged(flag);
        return RetentionFlagView.of(flag);
    }

    public RetentionFlagView act(UUID flagId, String actionTaken, long version) {
        RetentionFlag flag = RetentionFlag.findById(flagId);
        if (flag == null) {
            throw ProblemException.notFound("retention flag", flagId);
        }
        try {
            access.changeable(flag.clientId);
        } catch (ProblemException hidden) {
            throw ProblemException.notFound("retention flag", flagId);
        }
        if (flag.actedAt != null) {
            throw ProblemException.conflict("retention-flag-acted", "Retention flag " + flagId + " was already acted on");
        }
        if (flag.version != version) {
            throw ProblemException.staleVersion("retention flag", flagId, version, flag.version);
        }
        flag.actionTaken = actionTaken.strip();
        flag.actedAt = Instant.now();
        RetentionFlag.flush();
        events.acted(flag);
        return RetentionFlagView.of(flag);
    }

    @Transactional(SUPPORTS)
    public List<RetentionFlagView> flags(UUID clientId) {
        access.readable(clientId);
        return RetentionFlag.<RetentionFlag>list("clientId", Sort.descending("flaggedAt").and("id"), clientId).stream()
                .map(RetentionFlagView::of).toList();
    }

    @Transactional(SUPPORTS)
    public RetentionFlagView flag(UUID clientId, UUID flagId) {
        access.readable(clientId);
        return RetentionFlag.<RetentionFlag>find("id = ?1 and clientId = ?2", flagId, clientId).firstResultOptional()
                .map(RetentionFlagView::of)
                .orElseThrow(() -> ProblemException.notFound("retention flag", flagId));
    }

    /** The flags an executive has yet to act on, soonest act-by first. */
    @Transactional(SUPPORTS)
    public List<RetentionFlagView> openFlags(UUID executiveId) {
        if (!access.reaches(executiveId)) {
            throw ProblemException.notFound("executive", executiveId);
        }
        return RetentionFlag.<RetentionFlag>list("executiveId = ?1 and actedAt is null", Sort.by("actBy").and("id"), executiveId).stream()
                .map(RetentionFlagView::of).toList();
    }

    private Client openClient(UUID clientId) {
        Client client = access.changeableOpen(clientId);
        return client;
    }
}
