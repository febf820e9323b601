package io.accountable.client.product;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.accountable.client.client.Client;
import io.accountable.client.client.ClientAccess;
import io.accountable.client.client.ClientStatus;
import io.accountable.client.executive.Executive;
import io.accountable.client.product.CrossSellApi.ClientSuggestions;
import io.accountable.client.product.CrossSellApi.Suggestion;
import io.accountable.platform.api.Page;
import io.accountable.platform.api.PageRequest;
import io.accountable.platform.problem.ProblemException;
import io.accountable.platform.time.FirmCalendar;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Cross-sell: for each client an executive holds, the products that the other clients of its
 * segment hold and it does not, ranked by how many of them hold each. Segments compare without
 * regard to case or surrounding blanks, the way the database's collation groups them.
 */
@ApplicationScoped
@Transactional(SUPPORTS)
public class CrossSellService {

    private static final Comparator<Suggestion> MOST_COMMON_FIRST = Comparator.comparingLong(Suggestion::holders).reversed()
            .thenComparing(Suggestion::productCode);

    @Inject
    ClientAccess access;

    @Inject
    FirmCalendar calendar;

    @Inject
    EntityManager em;

    public Page<ClientSuggestions> forExecutive(UUID executiveId, String productLine, PageRequest page) {
        if (!(access.readsEveryClient() || access.reaches(executiveId)) || Executive.findById(executiveId) == null) {
            throw ProblemException.notFound("executive", executiveId);
        }
        List<Client> clients = Client.list("primaryExecutiveId = ?1 and status <> ?2 and segment is not null",
                Sort.by("legalName").and("id"), executiveId, ClientStatus.CLOSED);
        List<ClientSuggestions> all = clients.isEmpty() ? List.of() : suggest(clients, productLine);
        int from = (int) Math.min((long) page.page * page.size, all.size());
        int to = Math.min(from + page.size, all.size());
        return new Page<>(all.subList(from, to), page.page, page.size, all.size(), (all.size() + page.size - 1) / page.size);
    }

    private List<ClientSuggestions> suggest(List<Client> clients, String productLine) {
        Set<String> segments = new HashSet<>();
        clients.forEach(c -> segments.add(c.segment));
        Map<String, Long> segmentClients = new HashMap<>();
        for (Object[] row : em.createQuery("select c.segment, count(c) from Client c where c.status <> :closed and c.segment in :segments"
                + " group by c.segment", Object[].class)
                .setParameter("closed", ClientStatus.CLOSED).setParameter("segments", segments).getResultList()) {
            segmentClients.merge(key((String) row[0]), (Long) row[1], Long::sum);
        }
        Map<String, Map<String, Long>> holders = new HashMap<>();
        for (Object[] row : em.createQuery("select c.segment, h.productCode, count(h) from ProductHolding h, Client c"
                + " where h.clientId = c.id and h.closedOn is null and c.status <> :closed and c.segment in :segments"
                + " group by c.segment, h.productCode", Object[].class)
                .setParameter("closed", ClientStatus.CLOSED).setParameter("segments", segments).getResultList()) {
            holders.computeIfAbsent(key((String) row[0]), s -> new HashMap<>()).merge((String) row[1], (Long) row[2], Long::sum);
        }
        Map<UUID, Set<String>> taken = new HashMap<>();
        for (Object[] row : em.createQuery("select h.clientId, h.productCode from ProductHolding h where h.clientId in :clients", Object[].class)
                .setParameter("clients", clients.stream().map(c -> c.id).toList()).getResultList()) {
            taken.computeIfAbsent((UUID) row[0], id -> new HashSet<>()).add((String) row[1]);
        }
        LocalDate today = calendar.today();
        Map<String, Product> offered = new HashMap<>();
        Product.<Product>listAll().stream().filter(p -> p.offeredOn(today))
                .filter(p -> productLine == null || p.productLine.equalsIgnoreCase(productLine.strip()))
                .forEach(p -> offered.put(p.code, p));

        List<ClientSuggestions> result = new ArrayList<>();
        for (Client client : clients) {
            String segment = key(client.segment);
            long peers = segmentClients.getOrDefault(segment, 0L);
            Set<String> own = taken.getOrDefault(client.id, Set.of());
            List<Suggestion> suggestions = holders.getOrDefault(segment, Map.of()).entrySet().stream()
                    .filter(e -> offered.containsKey(e.getKey()) && !own.contains(e.getKey()))
                    .map(e -> suggestion(offered.get(e.getKey()), e.getValue(), peers))
                    .sorted(MOST_COMMON_FIRST).toList();
            if (!suggestions.isEmpty()) {
                result.add(new ClientSuggestions(client.id, client.legalName, client.segment, suggestions));
            }
        }
        return result;
    }

    private static Suggestion suggestion(Product product, long holders, long segmentClients) {
        int percent = (int) ((holders * 200 + segmentClients) / (segmentClients * 2));
        return new Suggestion(product.code, product.name, product.productLine, holders, segmentClients, percent);
    }

    private static String key(String segment) {
        return segment.strip().toLowerCase(Locale.ROOT);
    }
}
