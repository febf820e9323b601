package io.accountable.client.satisfaction;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.accountable.client.client.Client;
import io.accountable.client.client.ClientAccess;
import io.accountable.client.complaint.Complaint;
import io.accountable.client.complaint.ComplaintStatus;
import io.accountable.client.contact.Contact;
import io.accountable.client.satisfaction.SatisfactionApi.NewSurveyAnswer;
import io.accountable.client.satisfaction.SatisfactionApi.SatisfactionView;
import io.accountable.client.satisfaction.SatisfactionApi.ScaleSatisfaction;
import io.accountable.client.satisfaction.SatisfactionApi.SurveyAnswerView;
import io.accountable.client.satisfaction.SatisfactionEvents.DropReason;
import io.accountable.client.satisfaction.SatisfactionEvents.DroppedPayload;
import io.accountable.client.tier.Tier;
import io.accountable.platform.api.Page;
import io.accountable.platform.api.PageRequest;
import io.accountable.platform.problem.ProblemException;
import io.accountable.platform.security.CurrentUser;
import io.accountable.platform.time.FirmCalendar;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class SatisfactionService {

    private static final Sort NEWEST_FIRST = Sort.descending("answeredOn", "createdAt", "id");

    @Inject
    SatisfactionEvents events;

    @Inject
    SatisfactionConfig config;

    @Inject
    ClientAccess access;

    @Inject
    CurrentUser user;

    @Inject
    FirmCalendar calendar;

    /**
     * Records the answer; publishes satisfaction-dropped when it takes the trailing average below the
     * tier's floor, or is a detractor soon after a complaint was resolved. The client's lock orders
     * concurrent answers, so each compares against the average the one before it left.
     */
    public SurveyAnswerView record(UUID clientId, NewSurveyAnswer request) {
        Client client = access.changeableOpen(clientId);
        Scale scale = request.scale();
        if (request.score() < scale.min || request.score() > scale.max) {
            throw ProblemException.ruleViolation("score-out-of-range", scale + " scores run from " + scale.min + " to " + scale.max,
                    Map.of("scale", scale, "score", request.score(), "min", scale.min, "max", scale.max));
        }
        LocalDate today = calendar.today();
        if (request.answeredOn().isAfter(today)) {
            throw ProblemException.ruleViolation("future-answer-date", "A survey answer is recorded once it was given",
                    Map.of("answeredOn", request.answeredOn(), "today", today));
        }
        if (Contact.count("id = ?1 and clientId = ?2", request.contactId(), clientId) == 0) {
            throw ProblemException.ruleViolation("unknown-contact", "Not a contact of client " + clientId + ": " + request.contactId(),
                    Map.of("contactId", request.contactId()));
        }
        Optional<BigDecimal> before = trailingAverage(clientId, scale, today);
        SurveyAnswer answer = new SurveyAnswer();
        answer.id = UUID.randomUUID();
        answer.clientId = clientId;
        answer.contactId = request.contactId();
        answer.survey = request.survey().strip();
        answer.scale = scale;
        answer.score = request.score();
        answer.answeredOn = request.answeredOn();
        answer.comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        answer.recordedBy = user.id();
        answer.createdAt = Instant.now();
        answer.persistAndFlush();
        events.answered(answer, client.primaryExecutiveId);

        Optional<BigDecimal> after = trailingAverage(clientId, scale, today);
        Integer floor = floor(Tier.findById(client.tier), scale);
        List<DropReason> reasons = new ArrayList<>();
        if (floor != null && after.map(a -> below(a, floor)).orElse(false) && !before.map(b -> below(b, floor)).orElse(false)) {
            reasons.add(DropReason.BELOW_FLOOR);
        }
        Optional<Complaint> complaint = scale.isDetractor(answer.score) ? resolvedShortlyBefore(clientId, answer.answeredOn) : Optional.empty();
        complaint.ifPresent(c -> reasons.add(DropReason.DETRACTOR_AFTER_COMPLAINT));
        if (!reasons.isEmpty()) {
            events.dropped(new DroppedPayload(clientId, client.legalName, client.primaryExecutiveId, client.tier, answer.id, answer.survey, scale,
                    answer.score, answer.answeredOn, after.orElse(null), floor, reasons, complaint.map(c -> c.id).orElse(null)));
        }
        return SurveyAnswerView.of(answer);
    }

    @Transactional(SUPPORTS)
    public SurveyAnswerView get(UUID clientId, UUID answerId) {
        access.readable(clientId);
        SurveyAnswer answer = SurveyAnswer.find("id = ?1 and clientId = ?2", answerId, clientId).firstResult();
        if (answer == null) {
            throw ProblemException.notFound("survey answer", answerId);
        }
        return SurveyAnswerView.of(answer);
    }

    /** The client's answers, the last answered first. */
    @Transactional(SUPPORTS)
    public Page<SurveyAnswerView> answers(UUID clientId, Scale scale, PageRequest page) {
        access.readable(clientId);
        return scale == null
                ? Page.of(SurveyAnswer.find("clientId", NEWEST_FIRST, clientId), page, SurveyAnswerView::of)
                : Page.of(SurveyAnswer.find("clientId = ?1 and scale = ?2", NEWEST_FIRST, clientId, scale), page, SurveyAnswerView::of);
    }

    @Transactional(SUPPORTS)
    public SatisfactionView satisfaction(UUID clientId) {
        Client client = access.readable(clientId);
        Tier tier = Tier.findById(client.tier);
        LocalDate today = calendar.today();
        List<ScaleSatisfaction> scales = Arrays.stream(Scale.values()).map(scale -> {
            SurveyAnswer latest = SurveyAnswer.find("clientId = ?1 and scale = ?2", NEWEST_FIRST, clientId, scale).firstResult();
            Optional<BigDecimal> average = trailingAverage(clientId, scale, today);
            Integer floor = floor(tier, scale);
            return new ScaleSatisfaction(scale, latest == null ? null : SurveyAnswerView.of(latest), average.orElse(null),
                    SurveyAnswer.count("clientId = ?1 and scale = ?2 and answeredOn > ?3", clientId, scale, windowStart(today)), floor,
                    floor != null && average.map(a -> below(a, floor)).orElse(false));
        }).toList();
        return new SatisfactionView(clientId, client.tier, config.trailingDays(), scales);
    }

    private Optional<BigDecimal> trailingAverage(UUID clientId, Scale scale, LocalDate today) {
        Object[] sums = SurveyAnswer.getEntityManager().createQuery(
                "select sum(a.score), count(a) from SurveyAnswer a where a.clientId = :client and a.scale = :scale and a.answeredOn > :from",
                Object[].class).setParameter("client", clientId).setParameter("scale", scale).setParameter("from", windowStart(today))
                .getSingleResult();
        long count = (Long) sums[1];
        return count == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(((Number) sums[0]).longValue()).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP));
    }

    /** The trailing window is the {@code trailingDays} days ending today: answers after this day. */
    private LocalDate windowStart(LocalDate today) {
        return today.minusDays(config.trailingDays());
    }

    private Optional<Complaint> resolvedShortlyBefore(UUID clientId, LocalDate answeredOn) {
        LocalDate earliest = answeredOn.minusDays(config.afterComplaintDays());
        return Complaint.<Complaint>list("clientId = ?1 and status = ?2", clientId, ComplaintStatus.RESOLVED).stream()
                .filter(c -> {
                    LocalDate resolvedOn = c.resolvedAt.atZone(calendar.zone()).toLocalDate();
                    return !resolvedOn.isAfter(answeredOn) && !resolvedOn.isBefore(earliest);
                })
                .max(Comparator.comparing((Complaint c) -> c.resolvedAt));
    }

    private static boolean below(BigDecimal average, int floor) {
        return average.compareTo(BigDecimal.valueOf(floor)) < 0;
    }

    private static Integer floor(Tier tier, Scale scale) {
        return scale == Scale.CSAT ? tier.csatFloor : tier.npsFloor;
    }
}
