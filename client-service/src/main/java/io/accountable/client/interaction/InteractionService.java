package io.accountable.client.interaction;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.accountable.client.cadence.CadenceService;
import io.accountable.client.client.Client;
import io.accountable.client.client.ClientAccess;
import io.accountable.client.contact.Contact;
import io.accountable.client.executive.Executive;
import io.accountable.client.interaction.InteractionApi.InteractionView;
import io.accountable.client.interaction.InteractionApi.NewInteraction;
import io.accountable.platform.api.Page;
import io.accountable.platform.api.PageRequest;
import io.accountable.platform.problem.ProblemException;
import io.accountable.platform.time.FirmCalendar;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class InteractionService {

    /** Clocks of phones and laptops drift; an interaction a little "in the future" is one that just happened. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @Inject
    InteractionEvents events;

    @Inject
    ClientAccess access;

    @Inject
    CadenceService cadence;

    @Inject
    FirmCalendar calendar;

    public InteractionView log(UUID clientId, NewInteraction request) {
        Client client = access.changeableOpen(clientId);
        Instant occurredAt = request.occurredAt() == null ? Instant.now() : request.occurredAt();
        if (occurredAt.isAfter(Instant.now().plus(CLOCK_SKEW))) {
            throw ProblemException.ruleViolation("future-interaction", "An interaction is logged once it has happened",
                    Map.of("occurredAt", occurredAt.toString()));
        }
        UUID executiveId = participant(client, request.executiveId());
        Set<UUID> contactIds = request.contactIds() == null ? Set.of() : new TreeSet<>(request.contactIds());
        requireContactsOf(clientId, contactIds);

        Interaction interaction = new Interaction();
        interaction.id = UUID.randomUUID();
        interaction.clientId = clientId;
        interaction.executiveId = executiveId;
        interaction.kind = request.kind();
        interaction.occurredAt = occurredAt;
        interaction.occurredOn = occurredAt.atZone(calendar.zone()).toLocalDate();
        interaction.summary = request.summary().strip();
        interaction.outcome = request.outcome();
        interaction.followUpDate = request.followUpDate();
        interaction.contactIds.addAll(contactIds);
        interaction.createdAt = Instant.now();
        interaction.persist();
        Interaction.update("followUpDone = true where clientId = ?1 and followUpDate is not null and followUpDone = false and occurredAt < ?2",
                clientId, occurredAt);
        cadence.contacted(clientId, interaction.id);
        events.logged(interaction);
        return InteractionView.of(interaction);
    }

    @Transactional(SUPPORTS)
    public Page<InteractionView> timeline(UUID clientId, InteractionKind kind, PageRequest page) {
        access.readable(clientId);
        Sort newestFirst = Sort.descending("occurredAt").and("id");
        return kind == null
                ? Page.of(Interaction.find("clientId", newestFirst, clientId), page, InteractionView::of)
                : Page.of(Interaction.find("clientId = ?1 and kind = ?2", newestFirst, clientId, kind), page, InteractionView::of);
    }

    @Transactional(SUPPORTS)
    public InteractionView get(UUID clientId, UUID interactionId) {
        access.readable(clientId);
        return Interaction.<Interaction>find("id = ?1 and clientId = ?2", interactionId, clientId).firstResultOptional()
                .map(InteractionView::of)
                .orElseThrow(() -> ProblemException.notFound("interaction", interactionId));
    }

    /** Follow-ups the executive owes up to a day (today when absent), oldest first. */
    @Transactional(SUPPORTS)
    public List<InteractionView> agenda(UUID executiveId, LocalDate until) {
        if (!access.reaches(executiveId)) {
            throw ProblemException.notFound("executive", executiveId);
        }
        LocalDate day = until == null ? calendar.today() : until;
        return Interaction.<Interaction>list("executiveId = ?1 and followUpDone = false and followUpDate <= ?2",
                Sort.by("followUpDate").and("occurredAt"), executiveId, day).stream().map(InteractionView::of).toList();
    }

    /** Executives log their own interactions; managers and admins may log them for an executive they reach. */
    private UUID participant(Client client, UUID requested) {
        UUID executiveId = requested != null ? requested
                : access.executiveId().filter(id -> Executive.findById(id) != null).orElse(client.primaryExecutiveId);
        if (executiveId == null) {
            throw ProblemException.ruleViolation("executive-required", "Say which executive took part; the client has no primary executive",
                    Map.of("clientId", client.id));
        }
        if (!access.reaches(executiveId)) {
            throw ProblemException.forbidden("You can log interactions only for yourself or your team");
        }
        if (Executive.findById(executiveId) == null) {
            throw ProblemException.ruleViolation("unknown-executive", "No executive with id " + executiveId, Map.of("executiveId", executiveId));
        }
        return executiveId;
    }

    private static void requireContactsOf(UUID clientId, Set<UUID> contactIds) {
        if (contactIds.isEmpty()) {
            return;
        }
        Set<UUID> known = new HashSet<>(Contact.getEntityManager()
                .createQuery("select c.id from Contact c where c.clientId = :client and c.id in :ids", UUID.class)
                .setParameter("client", clientId).setParameter("ids", contactIds).getResultList());
        Set<UUID> unknown = new TreeSet<>(contactIds);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw ProblemException.ruleViolation("unknown-contact", "Not contacts of client " + clientId + ": " + unknown,
                    Map.of("contactIds", List.copyOf(unknown)));
        }
    }
}
