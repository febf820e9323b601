package io.accountable.compliance.entertainment;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.accountable.compliance.Money;
import io.accountable.compliance.entertainment.EntertainmentApi.AttendeeView;
import io.accountable.compliance.entertainment.EntertainmentApi.EntertainmentCorrection;
import io.accountable.compliance.entertainment.EntertainmentApi.EntertainmentView;
import io.accountable.compliance.entertainment.EntertainmentApi.NewEntertainment;
import io.accountable.compliance.gift.Amendments;
import io.accountable.compliance.gift.Amendments.RecordType;
import io.accountable.compliance.gift.GiftParties;
import io.accountable.compliance.gift.GiftParties.Recipient;
import io.accountable.compliance.gift.GiftValuation;
import io.accountable.compliance.policy.PolicyInForce;
import io.accountable.compliance.policy.PolicyService;
import io.accountable.compliance.review.ReviewKind;
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
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class EntertainmentService {

    @Inject
    PolicyService policies;

    @Inject
    GiftParties parties;

    @Inject
    EntertainmentEvents events;

    @Inject
    Reviews reviews;

    @Inject
    Amendments amendments;

    @Inject
    CurrentUser user;

    @Inject
    FirmCalendar calendar;

    /**
     * Logs a hosted event. It does not count toward the gift limit, but it is flagged for review
     * when it costs more per person than the policy allows, or when an attendee has been
     * entertained more often in the window than the policy allows.
     */
    public EntertainmentView log(NewEntertainment request) {
        return record(request, null, null);
    }

    /**
     * Records a correction of an entertainment record: a new record that names the one it corrects,
     * with why; the corrected record stays as it was but no longer counts toward the frequency flags.
     * Only the latest record of a chain can be corrected (its row lock keeps two corrections from
     * forking the chain).
     */
    public EntertainmentView correct(UUID id, EntertainmentCorrection request) {
        amendments.lock(RecordType.ENTERTAINMENT, id);
        Entertainment original = Entertainment.findById(id);
        if (original == null || !parties.maySee(original.hostIds)) {
            throw ProblemException.notFound("entertainment", id);
        }
        parties.requireOneOf(original.hostIds, "Only a host or compliance corrects an entertainment record");
        amendments.requireLatest(RecordType.ENTERTAINMENT, id);
        String reason = request.reason().strip();
        EntertainmentView corrected = record(request.entertainment(), original, reason);
        for (EntertainmentAttendee attendee : EntertainmentAttendee.<EntertainmentAttendee>list("entertainmentId", Sort.by("position"), id)) {
            amendments.recorded(corrected.id(), RecordType.ENTERTAINMENT, original.id, attendee.recipientId, user.id(), reason);
        }
        return corrected;
    }

    /** The whole chain an entertainment record belongs to, from the first record to its latest correction. */
    @Transactional(SUPPORTS)
    public List<EntertainmentView> history(UUID id) {
        Entertainment entertainment = Entertainment.findById(id);
        if (entertainment == null || !parties.maySee(entertainment.hostIds)) {
            throw ProblemException.notFound("entertainment", id);
        }
        while (entertainment.correctsEntertainmentId != null) {
            entertainment = Entertainment.findById(entertainment.correctsEntertainmentId);
        }
        List<EntertainmentView> chain = new ArrayList<>();
        for (Entertainment link = entertainment; link != null; link = Entertainment.find("correctsEntertainmentId", link.id).firstResult()) {
            chain.add(view(link));
        }
        return chain;
    }

    private EntertainmentView record(NewEntertainment request, Entertainment corrects, String correctionReason) {
        if (!request.hostAttended()) {
            throw ProblemException.ruleViolation("record-as-gift", "Entertainment without a host attending is a gift: record the tickets "
                    + "with POST /api/gifts as UNHOSTED_TICKETS, valued at the higher of cost and face value", Map.of("category", "UNHOSTED_TICKETS"));
        }
        Set<UUID> hostIds = parties.givers(request.hostIds());
        if (request.eventDate().isAfter(calendar.today())) {
            throw ProblemException.ruleViolation("event-date-in-future", "Entertainment is logged once it took place; " + request.eventDate()
                    + " is after today", Map.of("eventDate", request.eventDate().toString()));
        }
        String currency = request.totalCost().currency();
        BigDecimal rate = GiftParties.rateToUsd(currency, request.rateToUsd());
        PolicyInForce policy = policies.inForceOn(request.eventDate());
        List<Recipient> recipients = parties.recipients(request.attendees());

        Entertainment entertainment = new Entertainment();
        entertainment.id = UUID.randomUUID();
        entertainment.eventDate = request.eventDate();
        entertainment.purpose = request.purpose().strip();
        entertainment.businessRelationship = request.businessRelationship().strip();
        entertainment.venue = request.venue().strip();
        entertainment.currency = currency;
        entertainment.totalCost = request.totalCost().amount();
        entertainment.rateToUsd = rate;
        entertainment.totalCostUsd = GiftValuation.toUsd(entertainment.totalCost, rate);
        entertainment.perPersonUsd = entertainment.totalCostUsd.divide(BigDecimal.valueOf(hostIds.size() + recipients.size()), 2,
                RoundingMode.HALF_UP);
        entertainment.hostIds = new HashSet<>(hostIds);
        entertainment.correctsEntertainmentId = corrects == null ? null : corrects.id;
        entertainment.correctionReason = correctionReason;
        entertainment.recordedBy = user.id();
        entertainment.recordedAt = Instant.now();

        List<EntertainmentAttendee> attendees = new ArrayList<>();
        List<EntertainmentAttendee> tooFrequent = new ArrayList<>();
        for (int i = 0; i < recipients.size(); i++) {
            Recipient recipient = recipients.get(i);
            EntertainmentAttendee attendee = new EntertainmentAttendee();
            attendee.id = UUID.randomUUID();
            attendee.entertainmentId = entertainment.id;
            attendee.position = i;
            attendee.recipientId = recipient.id();
            attendee.contactId = recipient.contactId();
            attendee.fullName = recipient.fullName();
            attendee.employerName = recipient.employerName();
            attendee.eventDate = entertainment.eventDate;
            // Counts only the latest record of each chain, and not the one being corrected (a new record is not stored yet).
            long before = EntertainmentAttendee.count("""
                    recipientId = ?1 and eventDate between ?2 and ?3 and entertainmentId <> ?4
                      and entertainmentId not in (select c.correctsEntertainmentId from Entertainment c
                                                  where c.correctsEntertainmentId is not null)""",
                    recipient.id(), policy.window().start(), policy.window().end(), corrects == null ? entertainment.id : corrects.id);
            if (before + 1 > policy.entertainmentMaxEvents()) {
                tooFrequent.add(attendee);
            }
            attendees.add(attendee);
        }
        boolean tooCostly = entertainment.perPersonUsd.compareTo(policy.entertainmentMaxPerAttendeeUsd()) > 0;
        List<String> reasons = new ArrayList<>();
        if (tooCostly) {
            reasons.add("USD " + entertainment.perPersonUsd + " per person is above the USD "
                    + Money.cents(policy.entertainmentMaxPerAttendeeUsd()) + " the policy allows");
        }
        if (!tooFrequent.isEmpty()) {
            reasons.add("more than " + policy.entertainmentMaxEvents() + " events between " + policy.window().start() + " and "
                    + policy.window().end() + " for " + tooFrequent.stream().map(a -> a.fullName).toList());
        }
        entertainment.flagReason = reasons.isEmpty() ? null : String.join("; ", reasons);
        entertainment.persist();
        attendees.forEach(attendee -> attendee.persist());
        Entertainment.flush();

        events.logged(entertainment, attendees);
        if (entertainment.flagReason != null) {
            List<EntertainmentAttendee> flagged = tooCostly ? attendees : tooFrequent;
            events.flagged(entertainment, attendees, flagged, entertainment.flagReason);
            reviews.request(ReviewKind.ENTERTAINMENT, entertainment.id, hostIds.iterator().next(), flagged.get(0).recipientId,
                    "Entertainment at " + entertainment.venue + " on " + entertainment.eventDate + ": " + entertainment.flagReason);
        }
        return view(entertainment);
    }

    @Transactional(SUPPORTS)
    public EntertainmentView get(UUID id) {
        Entertainment entertainment = Entertainment.findById(id);
        if (entertainment == null || !parties.maySee(entertainment.hostIds)) {
            throw ProblemException.notFound("entertainment", id);
        }
        return view(entertainment);
    }

    @Transactional(SUPPORTS)
    public Page<EntertainmentView> list(UUID recipientId, PageRequest page) {
        StringBuilder query = new StringBuilder("from Entertainment e where 1 = 1");
        Parameters parameters = new Parameters();
        if (!parties.seesAll()) {
            query.append(" and :me member of e.hostIds");
            parameters.and("me", parties.callerAsExecutive());
        }
        if (recipientId != null) {
            query.append(" and exists (select 1 from EntertainmentAttendee a where a.entertainmentId = e.id and a.recipientId = :recipient)");
            parameters.and("recipient", recipientId);
        }
        query.append(" order by e.eventDate desc, e.recordedAt desc, e.id");
        return Page.of(Entertainment.<Entertainment>find(query.toString(), parameters), page, this::view);
    }

    private EntertainmentView view(Entertainment e) {
        List<AttendeeView> attendees = EntertainmentAttendee.<EntertainmentAttendee>list("entertainmentId", Sort.by("position"), e.id)
                .stream().map(AttendeeView::of).toList();
        return new EntertainmentView(e.id, e.hostIds.stream().sorted().toList(), attendees, e.purpose, e.businessRelationship, e.venue,
                e.eventDate, new Money(e.totalCost, e.currency), e.rateToUsd, Money.usd(e.totalCostUsd), Money.usd(e.perPersonUsd),
                e.flagReason != null, e.flagReason, e.correctsEntertainmentId, e.correctionReason, e.recordedBy, e.recordedAt, policies.retainUntil(e.eventDate));
    }
}
