package io.accountable.client.product;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.accountable.client.client.Client;
import io.accountable.client.client.ClientAccess;
import io.accountable.client.product.HoldingApi.Closure;
import io.accountable.client.product.HoldingApi.HoldingStatus;
import io.accountable.client.product.HoldingApi.HoldingView;
import io.accountable.client.product.HoldingApi.NewHolding;
import io.accountable.platform.problem.ProblemException;
import io.accountable.platform.security.CurrentUser;
import io.accountable.platform.time.FirmCalendar;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class HoldingService {

    @Inject
    ProductService products;

    @Inject
    ProductEvents events;

    @Inject
    ClientAccess access;

    @Inject
    CurrentUser user;

    @Inject
    FirmCalendar calendar;

    public HoldingView open(UUID clientId, NewHolding request) {
        Client client = access.changeableOpen(clientId);
        LocalDate today = calendar.today();
        LocalDate openedOn = request.openedOn() == null ? today : request.openedOn();
        if (openedOn.isAfter(today)) {
            throw ProblemException.ruleViolation("future-opening-date", "A product is recorded as opened once the client took it up",
                    Map.of("openedOn", openedOn, "today", today));
        }
        Product product = products.requireOffered(Set.of(request.productCode()), openedOn).get(request.productCode());
        ProductHolding earlier = ProductHolding.find("clientId = ?1 and productCode = ?2", clientId, product.code).firstResult();
        if (earlier != null && earlier.isOpen()) {
            throw ProblemException.conflict("product-held", "Client " + clientId + " holds " + product.code + " since " + earlier.openedOn);
        }
        if (earlier != null) {
            throw ProblemException.ruleViolation("product-closed", "Client " + clientId + " closed " + product.code + " on "
                    + earlier.closedOn + "; a closed product is not reopened", Map.of("productCode", product.code, "closedOn", earlier.closedOn));
        }
        ProductHolding holding = persist(client, product, openedOn, null);
        return HoldingView.of(holding, product);
    }

    /**
     * Opens, on its close date, each product a won opportunity names that the client neither holds nor
     * closed: the sale stands either way, so a product already taken up is no reason to refuse the win.
     * The caller holds the client's lock.
     */
    public void openWon(Client client, UUID opportunityId, Set<String> productCodes, LocalDate closedOn) {
        if (productCodes.isEmpty()) {
            return;
        }
        Set<String> taken = new HashSet<>(ProductHolding.getEntityManager()
                .createQuery("select h.productCode from ProductHolding h where h.clientId = :client and h.productCode in :codes", String.class)
                .setParameter("client", client.id).setParameter("codes", productCodes).getResultList());
        for (Product product : Product.<Product>list("code in ?1", Sort.by("code"), productCodes)) {
            if (!taken.contains(product.code)) {
                persist(client, product, closedOn, opportunityId);
            }
        }
    }

    public HoldingView close(UUID clientId, String productCode, Closure request) {
        Client client = access.changeable(clientId);
        ProductHolding holding = find(clientId, productCode);
        if (!holding.isOpen()) {
            throw ProblemException.conflict("holding-closed", "Client " + clientId + " closed " + productCode + " on " + holding.closedOn
                    + " already; a closed holding does not change");
        }
        if (holding.version != request.version()) {
            throw ProblemException.staleVersion("holding", holding.id, request.version(), holding.version);
        }
        LocalDate today = calendar.today();
        LocalDate closedOn = request.closedOn() == null ? today : request.closedOn();
        if (closedOn.isAfter(today)) {
            throw ProblemException.ruleViolation("future-closing-date", "A product is recorded as closed once the client gave it up",
                    Map.of("closedOn", closedOn, "today", today));
        }
        if (closedOn.isBefore(holding.openedOn)) {
            throw ProblemException.ruleViolation("closing-before-opening", "A product closes on or after the day it opened",
                    Map.of("closedOn", closedOn, "openedOn", holding.openedOn));
        }
        holding.closedOn = closedOn;
        holding.closeReason = request.reason().strip();
        holding.closedBy = user.id();
        holding.closedAt = Instant.now();
        ProductHolding.flush();
        Product product = Product.findById(productCode);
        events.closed(holding, product, client.primaryExecutiveId);
        return HoldingView.of(holding, product);
    }

    @Transactional(SUPPORTS)
    public HoldingView get(UUID clientId, String productCode) {
        access.readable(clientId);
        ProductHolding holding = find(clientId, productCode);
        return HoldingView.of(holding, Product.findById(productCode));
    }

    /** The client's products, in the order it took them up. */
    @Transactional(SUPPORTS)
    public List<HoldingView> forClient(UUID clientId, HoldingStatus status) {
        access.readable(clientId);
        String query = "clientId = ?1" + (status == null ? "" : status == HoldingStatus.OPEN ? " and closedOn is null" : " and closedOn is not null");
        return ProductHolding.<ProductHolding>list(query, Sort.by("openedOn").and("productCode"), clientId).stream()
                .map(h -> HoldingView.of(h, Product.findById(h.productCode))).toList();
    }

    private ProductHolding persist(Client client, Product product, LocalDate openedOn, UUID opportunityId) {
        ProductHolding holding = new ProductHolding();
        holding.id = UUID.randomUUID();
        holding.clientId = client.id;
        holding.productCode = product.code;
        holding.openedOn = openedOn;
        holding.opportunityId = opportunityId;
        holding.openedBy = user.id();
        holding.createdAt = Instant.now();
        holding.persistAndFlush();
        events.opened(holding, product, client.primaryExecutiveId);
        return holding;
    }

    private static ProductHolding find(UUID clientId, String productCode) {
        ProductHolding holding = ProductHolding.find("clientId = ?1 and productCode = ?2", clientId, productCode).firstResult();
        if (holding == null) {
            throw ProblemException.notFound("held product", productCode);
        }
        return holding;
    }
}
