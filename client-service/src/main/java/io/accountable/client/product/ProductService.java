package io.accountable.client.product;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.accountable.client.product.ProductApi.NewProduct;
import io.accountable.client.product.ProductApi.ProductChange;
import io.accountable.client.product.ProductApi.ProductView;
import io.accountable.platform.problem.ProblemException;
import io.accountable.platform.time.FirmCalendar;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

@ApplicationScoped
@Transactional
public class ProductService {

    @Inject
    FirmCalendar calendar;

    public ProductView create(NewProduct request) {
        if (Product.findById(request.code()) != null) {
            throw ProblemException.conflict("product-exists", "A product with code " + request.code() + " already exists");
        }
        Product product = new Product();
        product.code = request.code();
        product.active = request.active() == null || request.active();
        describe(product, request.name(), request.productLine(),
                request.effectiveFrom() == null ? calendar.today() : request.effectiveFrom(), request.effectiveTo());
        product.createdAt = Instant.now();
        product.updatedAt = product.createdAt;
        product.persistAndFlush();
        return ProductView.of(product, calendar.today());
    }

    public ProductView change(String code, ProductChange request) {
        Product product = find(code);
        if (product.version != request.version()) {
            throw ProblemException.staleVersion("product", code, request.version(), product.version);
        }
        product.active = request.active();
        describe(product, request.name(), request.productLine(), request.effectiveFrom(), request.effectiveTo());
        product.updatedAt = Instant.now();
        Product.flush();
        return ProductView.of(product, calendar.today());
    }

    @Transactional(SUPPORTS)
    public ProductView get(String code) {
        return ProductView.of(find(code), calendar.today());
    }

    @Transactional(SUPPORTS)
    public List<ProductView> list(String productLine, Boolean active) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (productLine != null) {
            query.append(" and productLine = :line");
            parameters.and("line", productLine);
        }
        if (active != null) {
            query.append(" and active = :active");
            parameters.and("active", active);
        }
        LocalDate today = calendar.today();
        return Product.<Product>list(query.toString(), Sort.by("productLine").and("code"), parameters).stream()
                .map(p -> ProductView.of(p, today)).toList();
    }

    /** The products by code, each offered on {@code day}; an unknown or withdrawn one is the caller's mistake. */
    @Transactional(SUPPORTS)
    public Map<String, Product> requireOffered(Collection<String> codes, LocalDate day) {
        Map<String, Product> found = new HashMap<>();
        if (!codes.isEmpty()) {
            Product.<Product>list("code in ?1", codes).forEach(p -> found.put(p.code, p));
        }
        Set<String> unknown = new TreeSet<>(codes);
        unknown.removeAll(found.keySet());
        if (!unknown.isEmpty()) {
            throw ProblemException.ruleViolation("unknown-product", "No product with code " + String.join(", ", unknown),
                    Map.of("productCodes", List.copyOf(unknown)));
        }
        Set<String> notOffered = new TreeSet<>();
        found.values().stream().filter(p -> !p.offeredOn(day)).forEach(p -> notOffered.add(p.code));
        if (!notOffered.isEmpty()) {
            throw ProblemException.ruleViolation("product-not-offered", "Not offered on " + day + ": " + String.join(", ", notOffered),
                    Map.of("productCodes", List.copyOf(notOffered), "date", day));
        }
        return found;
    }

    private static void describe(Product product, String name, String productLine, LocalDate from, LocalDate to) {
        if (to != null && !to.isAfter(from)) {
            throw ProblemException.ruleViolation("effective-dates-out-of-order", "A product's end date comes after its start date",
                    Map.of("effectiveFrom", from, "effectiveTo", to));
        }
        product.name = name.strip();
        product.productLine = productLine.strip();
        product.effectiveFrom = from;
        product.effectiveTo = to;
    }

    private static Product find(String code) {
        Product product = Product.findById(code);
        if (product == null) {
            throw ProblemException.notFound("product", code);
        }
        return product;
    }
}
