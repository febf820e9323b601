package io.accountable.compliance.report;

import io.accountable.compliance.entertainment.Entertainment;
import io.accountable.compliance.entertainment.EntertainmentAttendee;
import io.accountable.compliance.gift.Gift;
import io.accountable.compliance.gift.GiftRefusal;
import io.accountable.compliance.gift.GiftShare;
import io.accountable.compliance.received.ReceivedGift;
import io.accountable.compliance.review.ReviewDecision;
import io.accountable.compliance.review.ReviewItem;
import io.accountable.platform.time.FirmCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every record an examiner asks for in a date range, one row per record with its kind in the first column: gifts
 * (corrections as GIFT_AMENDMENT, referencing the gift they correct) with one GIFT_SHARE row per recipient, refusals
 * over the limit, entertainment (corrections as ENTERTAINMENT_AMENDMENT) with its attendees, gifts received, and review decisions (dated by when they were made).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ExaminerPack {

    static final List<String> COLUMNS = List.of("recordType", "id", "date", "referencesId", "executiveIds", "counterpartyId",
            "counterpartyName", "counterpartyEmployer", "description", "category", "amount", "currency", "valueUsd", "detail",
            "recordedBy", "recordedAt");

    @Inject
    FirmCalendar calendar;

    public List<List<String>> rows(ReportWindow window) {
        List<List<String>> rows = new ArrayList<>();
        List<GiftShare> shares = GiftShare.list("giftDate between ?1 and ?2 order by giftDate, giftId, position", window.start(), window.end());
        Map<UUID, List<GiftShare>> sharesByGift = shares.stream().collect(Collectors.groupingBy(share -> share.giftId));
        for (Gift gift : Gift.<Gift>list("giftDate between ?1 and ?2 order by giftDate, recordedAt, id", window.start(), window.end())) {
            rows.add(row(gift.correctsGiftId == null ? "GIFT" : "GIFT_AMENDMENT", gift.id, gift.giftDate, gift.correctsGiftId,
                    ids(gift.giverIds), null, null, null, gift.description, gift.category.name(), gift.cost, gift.currency, gift.valueUsd,
                    detail("marketValue", gift.marketValue, "faceValue", gift.faceValue, "rateToUsd", gift.rateToUsd, "paidBy", gift.paidBy,
                            "attested", gift.attested, "preclearanceId", gift.preclearanceId, "correctionReason", gift.correctionReason),
                    gift.recordedBy, gift.recordedAt));
            for (GiftShare share : sharesByGift.getOrDefault(gift.id, List.of())) {
                rows.add(row("GIFT_SHARE", share.id, share.giftDate, share.giftId, null, share.recipientId, share.recipientName,
                        share.employerName, null, null, null, null, share.shareUsd,
                        detail("contactId", share.contactId, "countsTowardLimit", share.countsTowardLimit), null, null));
            }
        }
        for (GiftRefusal refusal : GiftRefusal.<GiftRefusal>list("giftDate between ?1 and ?2 order by giftDate, attemptedAt, id",
                window.start(), window.end())) {
            rows.add(row("GIFT_REFUSAL", refusal.id, refusal.giftDate, null, refusal.giverIds, refusal.recipientId, null, null,
                    refusal.description, refusal.category.name(), null, null, refusal.valueUsd,
                    detail("limitUsd", refusal.limitUsd, "usedUsd", refusal.usedUsd, "remainingUsd", refusal.remainingUsd),
                    refusal.attemptedBy, refusal.attemptedAt));
        }
        Map<UUID, List<EntertainmentAttendee>> attendees = EntertainmentAttendee.<EntertainmentAttendee>list(
                "eventDate between ?1 and ?2 order by eventDate, entertainmentId, position", window.start(), window.end())
                .stream().collect(Collectors.groupingBy(attendee -> attendee.entertainmentId));
        for (Entertainment event : Entertainment.<Entertainment>list("eventDate between ?1 and ?2 order by eventDate, recordedAt, id",
                window.start(), window.end())) {
            rows.add(row(event.correctsEntertainmentId == null ? "ENTERTAINMENT" : "ENTERTAINMENT_AMENDMENT", event.id, event.eventDate,
                    event.correctsEntertainmentId, ids(event.hostIds), null, null, null, event.purpose, null,
                    event.totalCost, event.currency, event.totalCostUsd,
                    detail("venue", event.venue, "businessRelationship", event.businessRelationship, "rateToUsd", event.rateToUsd,
                            "perPersonUsd", event.perPersonUsd, "flagReason", event.flagReason,
                            "correctionReason", event.correctionReason),
                    event.recordedBy, event.recordedAt));
            for (EntertainmentAttendee attendee : attendees.getOrDefault(event.id, List.of())) {
                rows.add(row("ENTERTAINMENT_ATTENDEE", attendee.id, attendee.eventDate, attendee.entertainmentId, null, attendee.recipientId,
                        attendee.fullName, attendee.employerName, null, null, null, null, null, detail("contactId", attendee.contactId), null, null));
            }
        }
        for (ReceivedGift received : ReceivedGift.<ReceivedGift>list("receivedDate between ?1 and ?2 order by receivedDate, recordedAt, id",
                window.start(), window.end())) {
            rows.add(row("GIFT_RECEIVED", received.id, received.receivedDate, null, received.executiveId.toString(), null, received.giverName,
                    received.giverEmployer, received.description, null, received.estimatedValue, received.currency, received.valueUsd,
                    detail("rateToUsd", received.rateToUsd, "aboveThreshold", received.aboveThreshold), received.recordedBy, received.recordedAt));
        }
        Instant from = window.start().atStartOfDay(calendar.zone()).toInstant();
        Instant until = window.end().plusDays(1).atStartOfDay(calendar.zone()).toInstant();
        List<ReviewDecision> decisions = ReviewDecision.list("decidedAt >= ?1 and decidedAt < ?2 order by decidedAt, id", from, until);
        Map<UUID, ReviewItem> items = decisions.isEmpty() ? Map.of()
                : ReviewItem.<ReviewItem>list("id in ?1", decisions.stream().map(decision -> decision.reviewItemId).toList())
                        .stream().collect(Collectors.toMap(item -> item.id, Function.identity()));
        for (ReviewDecision decision : decisions) {
            ReviewItem item = items.get(decision.reviewItemId);
            rows.add(row("REVIEW_DECISION", decision.id, LocalDate.ofInstant(decision.decidedAt, calendar.zone()), item.subjectId,
                    item.executiveId == null ? null : item.executiveId.toString(), item.recipientId, null, null, item.summary,
                    item.kind.name(), null, null, null,
                    detail("reviewItemId", item.id, "decision", decision.decision, "comment", decision.comment),
                    decision.decidedBy, decision.decidedAt));
        }
        return rows;
    }

    private static List<String> row(String type, UUID id, LocalDate date, UUID references, String executiveIds, UUID counterpartyId,
            String counterpartyName, String counterpartyEmployer, String description, String category, BigDecimal amount, String currency,
            BigDecimal valueUsd, String detail, String recordedBy, Instant recordedAt) {
        return Arrays.asList(type, id.toString(), date.toString(), text(references), executiveIds, text(counterpartyId), counterpartyName,
                counterpartyEmployer, description, category, amount == null ? null : amount.toPlainString(), currency,
                valueUsd == null ? null : valueUsd.toPlainString(), detail, recordedBy, text(recordedAt));
    }

    private static String ids(Collection<UUID> ids) {
        return ids.stream().sorted().map(UUID::toString).collect(Collectors.joining(";"));
    }

    /** Further facts of a record as name=value pairs separated by semicolons, leaving out those that are empty. */
    private static String detail(Object... namesAndValues) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null) {
                pairs.add(namesAndValues[i] + "=" + (value instanceof BigDecimal number ? number.toPlainString() : value));
            }
        }
        return String.join(";", pairs);
    }

    private static String text(Object value) {
        return Objects.toString(value, null);
    }
}
