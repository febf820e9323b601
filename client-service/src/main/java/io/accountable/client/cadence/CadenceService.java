package io.accountable.client.cadence;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.accountable.client.client.Client;
import io.accountable.client.client.ClientAccess;
import io.accountable.client.client.ClientStatus;
import io.accountable.platform.problem.ProblemException;
import io.accountable.platform.time.FirmCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Contact cadence: an active client is overdue once more days than its tier's cadence have passed
 * since its last interaction (or, never contacted, since it was onboarded).
 */
@ApplicationScoped
@Transactional
public class CadenceService {

    @Schema(name = "OverdueClient")
    public record OverdueClient(UUID clientId, String legalName, UUID executiveId, String tier, int cadenceDays,
            @Schema(description = "null if never contacted") LocalDate lastInteractionDate,
            @Schema(description = "The first day the client counted as overdue") LocalDate overdueSince, long daysOverdue) {
    }

    @Inject
    CadenceEvents events;

    @Inject
    ClientAccess access;

    @Inject
    FirmCalendar calendar;

    @Transactional(SUPPORTS)
    public List<OverdueClient> overdueClients(UUID executiveId) {
        if (!access.reaches(executiveId)) {
            throw ProblemException.notFound("executive", executiveId);
        }
        return overdue(calendar.today(), executiveId);
    }

    /**
     * Opens an episode, and publishes contact-overdue, for every overdue client that has no open
     * episode yet: once per episode, however often the check runs. Returns how many it opened.
     */
    public int check(LocalDate today) {
        Set<UUID> alreadyOpen = new HashSet<>(OverdueEpisode.getEntityManager()
                .createQuery("select e.clientId from OverdueEpisode e where e.openClientId is not null", UUID.class).getResultList());
        int opened = 0;
        for (OverdueClient overdue : overdue(today, null)) {
            if (alreadyOpen.contains(overdue.clientId())) {
                continue;
            }
            OverdueEpisode episode = new OverdueEpisode();
            episode.id = UUID.randomUUID();
            episode.clientId = overdue.clientId();
            episode.openClientId = overdue.clientId();
            episode.executiveId = overdue.executiveId();
            episode.tier = overdue.tier();
            episode.cadenceDays = overdue.cadenceDays();
            episode.lastInteractionDate = overdue.lastInteractionDate();
            episode.overdueSince = overdue.overdueSince();
            episode.detectedAt = Instant.now();
            episode.persist();
            events.overdue(episode, overdue.legalName());
            opened++;
        }
        return opened;
    }

    /** The client was contacted: its open overdue episode, if any, is over. */
    public void contacted(UUID clientId, UUID interactionId) {
        OverdueEpisode.<OverdueEpisode>find("openClientId", clientId).firstResultOptional().ifPresent(episode -> {
            episode.openClientId = null;
            episode.endedAt = Instant.now();
            episode.endedByInteraction = interactionId;
        });
    }

    private List<OverdueClient> overdue(LocalDate today, UUID executiveId) {
        String query = "select c, t.cadenceDays, (select max(i.occurredOn) from Interaction i where i.clientId = c.id)"
                + " from Client c, Tier t where t.code = c.tier and c.status = :active and c.primaryExecutiveId is not null"
                + (executiveId == null ? "" : " and c.primaryExecutiveId = :executiveId");
        var typed = Client.getEntityManager().createQuery(query, Object[].class).setParameter("active", ClientStatus.ACTIVE);
        if (executiveId != null) {
            typed.setParameter("executiveId", executiveId);
        }
        return typed.getResultList().stream()
                .map(row -> standing((Client) row[0], (Integer) row[1], (LocalDate) row[2]))
                .filter(o -> !today.isBefore(o.overdueSince()))
                .map(o -> new OverdueClient(o.clientId(), o.legalName(), o.executiveId(), o.tier(), o.cadenceDays(), o.lastInteractionDate(),
                        o.overdueSince(), ChronoUnit.DAYS.between(o.overdueSince(), today) + 1))
                .sorted(Comparator.comparing(OverdueClient::overdueSince).thenComparing(OverdueClient::clientId))
                .toList();
    }

    private OverdueClient standing(Client client, int cadenceDays, LocalDate lastInteraction) {
        LocalDate since = lastInteraction != null ? lastInteraction : client.createdAt.atZone(calendar.zone()).toLocalDate();
        return new OverdueClient(client.id, client.legalName, client.primaryExecutiveId, client.tier, cadenceDays, lastInteraction,
                since.plusDays(cadenceDays + 1L), 0);
    }
}
