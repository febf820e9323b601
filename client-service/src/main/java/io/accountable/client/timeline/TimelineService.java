package io.accountable.client.timeline;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.accountable.client.assignment.Assignment;
import io.accountable.client.client.Client;
import io.accountable.client.client.ClientAccess;
import io.accountable.client.client.Money;
import io.accountable.client.complaint.Complaint;
import io.accountable.client.gift.ClientGift;
import io.accountable.client.interaction.Interaction;
import io.accountable.client.opportunity.Opportunity;
import io.accountable.client.opportunity.OpportunityStageChange;
import io.accountable.client.product.ProductHolding;
import io.accountable.client.risk.RiskRating;
import io.accountable.client.satisfaction.SurveyAnswer;
import io.accountable.platform.api.Page;
import io.accountable.platform.api.PageRequest;
import io.accountable.platform.time.FirmCalendar;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * One client's relationship as one feed, newest first. Each kind is read from its own table in the
 * feed's order and only as deep as the requested page reaches ((page + 1) × size rows), then the
 * kinds are merged: a page costs one bounded query and one count per kind, however long the history.
 * Gifts (compliance-service's records, kept here from its events) are only for compliance officers
 * and the client's primary executive.
 */
@ApplicationScoped
@Transactional(SUPPORTS)
public class TimelineService {

    @Inject
    ClientAccess access;

    @Inject
    FirmCalendar calendar;

    public Page<TimelineItem> timeline(UUID clientId, Collection<TimelineKind> kinds, PageRequest page) {
        Client client = access.readable(clientId);
        Set<TimelineKind> wanted = kinds == null || kinds.isEmpty() ? EnumSet.allOf(TimelineKind.class) : EnumSet.copyOf(kinds);
        if (!access.seesGiftsOf(client)) {
            // left out of the items and the count alike, so the page does not tell that there are gifts
            wanted.remove(TimelineKind.GIFT);
        }
        int depth = (page.page + 1) * page.size;
        List<TimelineItem> merged = new ArrayList<>();
        long total = 0;
        for (TimelineKind kind : wanted) {
            Source<?> source = source(kind, clientId);
            total += source.query.count();
            merged.addAll(source.read(depth));
        }
        merged.sort(TimelineItem.NEWEST_FIRST);
        int from = Math.min(page.page * page.size, merged.size());
        int to = Math.min(from + page.size, merged.size());
        return new Page<>(merged.subList(from, to), page.page, page.size, total, (int) ((total + page.size - 1) / page.size));
    }

    private record Source<E>(PanacheQuery<E> query, Function<E, TimelineItem> item) {
        List<TimelineItem> read(int depth) {
            return query.range(0, depth - 1).list().stream().map(item).toList();
        }
    }

    /** Each kind's rows for the client, in the feed's order: by business day, then time, newest first. */
    private Source<?> source(TimelineKind kind, UUID clientId) {
        String client = "/api/clients/" + clientId;
        return switch (kind) {
            case INTERACTION -> new Source<>(Interaction.<Interaction>find("clientId", Sort.descending("occurredOn", "occurredAt", "id"), clientId),
                    i -> new TimelineItem(kind, i.occurredOn, i.occurredAt, i.id.toString(), i.kind + ": " + i.summary, client + "/interactions"));
            case OPPORTUNITY_OPENED -> new Source<>(Opportunity.<Opportunity>find("clientId", Sort.descending("createdAt", "id"), clientId),
                    o -> new TimelineItem(kind, day(o.createdAt), o.createdAt, o.id.toString(), "Opportunity opened: " + o.productLine + ", "
                            + o.amount.toPlainString() + " " + o.currency, "/api/opportunities/" + o.id));
            case OPPORTUNITY_STAGE_CHANGED -> new Source<>(OpportunityStageChange.<OpportunityStageChange>find("clientId",
                    Sort.descending("changedOn", "changedAt", "id"), clientId),
                    c -> new TimelineItem(kind, c.changedOn, c.changedAt, c.id.toString(), "Opportunity " + c.fromStage + " → " + c.toStage,
                            "/api/opportunities/" + c.opportunityId));
            case COMPLAINT_OPENED -> new Source<>(Complaint.<Complaint>find("clientId", Sort.descending("receivedOn", "createdAt", "id"), clientId),
                    c -> new TimelineItem(kind, c.receivedOn, c.createdAt, c.id.toString(), "Complaint (" + c.severity + "): " + c.subject,
                            "/api/complaints/" + c.id));
            case COMPLAINT_RESOLVED -> new Source<>(Complaint.<Complaint>find("clientId = ?1 and resolvedAt is not null",
                    Sort.descending("resolvedAt", "id"), clientId),
                    c -> new TimelineItem(kind, day(c.resolvedAt), c.resolvedAt, c.id.toString(), "Complaint resolved: " + c.subject,
                            "/api/complaints/" + c.id));
            case RISK_RATED -> new Source<>(RiskRating.<RiskRating>find("clientId", Sort.descending("ratedAt", "id"), clientId),
                    r -> new TimelineItem(kind, day(r.ratedAt), r.ratedAt, r.id.toString(), "Risk rated " + r.rating + ": " + r.reason,
                            client + "/risk-ratings"));
            case ASSIGNED -> new Source<>(Assignment.<Assignment>find("clientId", Sort.descending("effectiveFrom", "createdAt", "id"), clientId),
                    a -> new TimelineItem(kind, a.effectiveFrom, a.createdAt, a.id.toString(), "Assigned to executive " + a.executiveId + ": "
                            + a.reason, client + "/assignments"));
            case PRODUCT_OPENED -> new Source<>(ProductHolding.<ProductHolding>find("clientId",
                    Sort.descending("openedOn", "createdAt", "productCode"), clientId),
                    h -> new TimelineItem(kind, h.openedOn, h.createdAt, h.productCode, "Product opened: " + h.productCode,
                            client + "/products/" + h.productCode));
            case PRODUCT_CLOSED -> new Source<>(ProductHolding.<ProductHolding>find("clientId = ?1 and closedOn is not null",
                    Sort.descending("closedOn", "closedAt", "productCode"), clientId),
                    h -> new TimelineItem(kind, h.closedOn, h.closedAt, h.productCode, "Product closed: " + h.productCode + " (" + h.closeReason + ")",
                            client + "/products/" + h.productCode));
            case SURVEY_ANSWERED -> new Source<>(SurveyAnswer.<SurveyAnswer>find("clientId", Sort.descending("answeredOn", "createdAt", "id"), clientId),
                    s -> new TimelineItem(kind, s.answeredOn, s.createdAt, s.id.toString(), s.survey + ": " + s.scale + " " + s.score,
                            client + "/survey-answers/" + s.id));
            case GIFT -> new Source<>(ClientGift.<ClientGift>find("clientId = ?1 and corrected = false",
                    Sort.descending("giftDate", "recordedAt", "id"), clientId),
                    TimelineService::gift);
        };
    }

    private static TimelineItem gift(ClientGift gift) {
        Money value = Money.of(gift.valueUsd, "USD");
        return new TimelineItem(TimelineKind.GIFT, gift.giftDate, gift.recordedAt, gift.giftId.toString(), "Gift to " + gift.recipientName
                + " (" + gift.category + "): " + value.amount().toPlainString() + " USD", "/api/gifts/" + gift.giftId,
                new TimelineGift(gift.contactId, gift.recipientName, gift.giverIds, gift.category, value));
    }

    private LocalDate day(Instant instant) {
        return instant.atZone(calendar.zone()).toLocalDate();
    }
}
