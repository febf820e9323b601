package io.accountable.client.client;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.accountable.client.client.ClientApi.ClientChange;
import io.accountable.client.client.ClientApi.ClientView;
import io.accountable.client.client.ClientApi.NewClient;
import io.accountable.client.client.ClientApi.StatusChange;
import io.accountable.client.client.ClientApi.TierChange;
import io.accountable.client.tier.TierService;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class ClientService {

    static final String DEFAULT_TIER = "STANDARD";

    @Inject
    ClientEvents events;

    @Inject
    ClientAccess access;

    @Inject
    PrimaryAssignments assignments;

    @Inject
    TierService tiers;

    @Inject
    FirmCalendar calendar;

    public ClientView onboard(NewClient request) {
        String tier = tiers.require(request.tier() == null || request.tier().isBlank() ? DEFAULT_TIER : request.tier()).code;
        UUID primary = primaryAtOnboarding(request.primaryExecutiveId());
        if (primary != null) {
            assignments.requireAssignable(primary, tier);
        }
        Client client = new Client();
        client.id = UUID.randomUUID();
        describe(client, request.legalName(), request.clientType(), request.industry(), request.segment(), request.region(),
                request.country(), request.identifiers());
        client.tier = tier;
        client.status = ClientStatus.PROSPECT;
        client.primaryExecutiveId = primary;
        client.createdAt = Instant.now();
        client.updatedAt = client.createdAt;
        client.persistAndFlush();
        events.onboarded(client);
        if (primary != null) {
            assignments.assignAtOnboarding(client, calendar.today());
        }
        return ClientView.of(client);
    }

    public ClientView change(UUID id, ClientChange request) {
        Client client = changeableAt(id, request.version());
        client.requireOpen();
        describe(client, request.legalName(), request.clientType(), request.industry(), request.segment(), request.region(),
                request.country(), request.identifiers());
        touched(client);
        events.updated(client);
        return ClientView.of(client);
    }

    public ClientView changeStatus(UUID id, StatusChange request) {
        Client client = changeableAt(id, request.version());
        ClientStatus from = client.status;
        client.requireOpen();
        if (!from.mayBecome(request.status())) {
            throw ProblemException.ruleViolation("invalid-status-transition", "A " + from + " client cannot become " + request.status(),
                    Map.of("from", from, "to", request.status()));
        }
        if (request.status() == ClientStatus.ACTIVE && client.primaryExecutiveId == null) {
            throw ProblemException.ruleViolation("primary-executive-required", "An active client must have a primary executive; assign one first",
                    Map.of("clientId", id));
        }
        LocalDate today = calendar.today();
        LocalDate effectiveDate = request.effectiveDate() == null ? today : request.effectiveDate();
        if (effectiveDate.isAfter(today)) {
            throw ProblemException.ruleViolation("future-effective-date", "A status change takes effect today at the latest",
                    Map.of("effectiveDate", effectiveDate, "today", today));
        }
        client.status = request.status();
        touched(client);
        events.statusChanged(client, from, effectiveDate, request.reason());
        events.updated(client);
        return ClientView.of(client);
    }

    public ClientView changeTier(UUID id, TierChange request) {
        Client client = changeableAt(id, request.version());
        client.requireOpen();
        String to = tiers.require(request.tier()).code;
        if (to.equals(client.tier)) {
            return ClientView.of(client);
        }
        if (client.primaryExecutiveId != null) {
            assignments.requireAssignable(client.primaryExecutiveId, to);
        }
        String from = client.tier;
        client.tier = to;
        touched(client);
        events.tierChanged(client, from);
        events.updated(client);
        return ClientView.of(client);
    }

    @Transactional(SUPPORTS)
    public ClientView get(UUID id) {
        return ClientView.of(access.readable(id));
    }

    @Transactional(SUPPORTS)
    public Page<ClientView> search(ClientSearch search, PageRequest page) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (!access.readsEveryClient()) {
            if (access.reach().isEmpty()) {
                return new Page<>(List.of(), page.page, page.size, 0, 0);
            }
            query.append(" and (primaryExecutiveId in :reach or id in (select m.clientId from AccountTeamMember m where m.executiveId in :reach))");
            parameters.and("reach", access.reach());
        }
        if (search.name != null && !search.name.isBlank()) {
            query.append(" and lower(legalName) like :prefix escape '!'");
            parameters.and("prefix", search.name.strip().toLowerCase().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (search.tier != null && !search.tier.isBlank()) {
            query.append(" and tier = :tier");
            parameters.and("tier", search.tier);
        }
        if (search.segment != null && !search.segment.isBlank()) {
            query.append(" and segment = :segment");
            parameters.and("segment", search.segment);
        }
        if (search.status != null) {
            query.append(" and status = :status");
            parameters.and("status", search.status);
        }
        if (search.executiveId != null) {
            query.append(" and primaryExecutiveId = :executiveId");
            parameters.and("executiveId", search.executiveId);
        }
        return Page.of(Client.find(query.toString(), sort(search.sort), parameters), page, ClientView::of);
    }

    private static Sort sort(String sort) {
        String by = sort == null || sort.isBlank() ? "legalName" : sort;
        Sort.Direction direction = by.startsWith("-") ? Sort.Direction.Descending : Sort.Direction.Ascending;
        return Sort.by(by.replaceFirst("^-", ""), direction).and("id");
    }

    /** Non-admins onboard clients for themselves or, as managers, for their team. */
    private UUID primaryAtOnboarding(UUID requested) {
        if (access.isAdmin()) {
            return requested;
        }
        UUID primary = requested != null ? requested : access.executiveId().orElseThrow(
                () -> ProblemException.forbidden("Only executives, their managers and admins onboard clients"));
        if (!access.reaches(primary)) {
            throw ProblemException.forbidden("You can onboard clients only for yourself or your team");
        }
        return primary;
    }

    private Client changeableAt(UUID id, long version) {
        Client client = access.changeable(id);
        if (client.version != version) {
            throw ProblemException.staleVersion("client", id, version, client.version);
        }
        return client;
    }

    private static void describe(Client client, String legalName, ClientType type, String industry, String segment, String region,
            String country, Map<String, String> identifiers) {
        client.legalName = legalName.strip();
        client.clientType = type;
        client.industry = industry;
        client.segment = segment;
        client.region = region;
        client.country = country;
        client.identifiers.clear();
        if (identifiers != null) {
            client.identifiers.putAll(new TreeMap<>(identifiers));
        }
    }

    private static void touched(Client client) {
        client.updatedAt = Instant.now();
        Client.flush();
    }
}
