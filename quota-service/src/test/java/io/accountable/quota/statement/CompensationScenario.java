package io.accountable.quota.statement;

import static io.accountable.quota.Fixtures.as;
import static io.accountable.quota.Fixtures.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accountable.quota.Fixtures;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An executive with a client, on a plan, with a quota: driven only through the REST API. */
final class CompensationScenario {

    final UUID executive;
    final UUID manager;
    final UUID client;

    private CompensationScenario(UUID executive, UUID manager, UUID client) {
        this.executive = executive;
        this.manager = manager;
        this.client = client;
    }

    static CompensationScenario onPlan(String bootstrap, Map<String, Object> terms, String assignedFrom) {
        return onPlan(bootstrap, terms, assignedFrom, null);
    }

    /** On the plan from {@code assignedFrom} to {@code assignedTo} (open-ended when null). */
    static CompensationScenario onPlan(String bootstrap, Map<String, Object> terms, String assignedFrom, String assignedTo) {
        UUID manager = Fixtures.executive(bootstrap, null);
        UUID executive = Fixtures.executive(bootstrap, manager);
        UUID client = Fixtures.client(bootstrap, executive, LocalDate.of(2020, 1, 1));
        String planId = asAdmin().body(Map.of("name", "Plan " + UUID.randomUUID(), "currency", "USD", "terms", terms))
                .post("/api/plans").then().statusCode(201).extract().path("id");
        Map<String, Object> assignment = new HashMap<>(Map.of("executiveId", executive, "from", assignedFrom));
        if (assignedTo != null) {
            assignment.put("to", assignedTo);
        }
        asAdmin().body(assignment).post("/api/plans/" + planId + "/assignments").then().statusCode(201);
        return new CompensationScenario(executive, manager, client);
    }

    static Map<String, Object> terms(String tierMode, String period, String basis, List<String[]> tiers) {
        Map<String, Object> terms = new HashMap<>();
        terms.put("effectiveFrom", "2020-01-01");
        terms.put("tierMode", tierMode);
        terms.put("commissionPeriod", period);
        terms.put("tierBasis", basis);
        List<Map<String, Object>> tierList = new ArrayList<>();
        for (String[] tier : tiers) {
            tierList.add(Map.of("threshold", tier[0], "ratePercent", tier[1]));
        }
        terms.put("tiers", tierList);
        terms.put("baseSalary", "0");
        return terms;
    }

    static String[] tier(String threshold, String rate) {
        return new String[] { threshold, rate };
    }

    CompensationScenario quota(int fiscalYear, String annual) {
        asAdmin().body(Map.of("annualAmount", Map.of("amount", annual, "currency", "USD"))).put("/api/quotas/" + executive + "/" + fiscalYear)
                .then().statusCode(201);
        return this;
    }

    String sell(String amount, String closeDate) {
        return asAdmin().body(Map.of("clientId", client, "amount", Map.of("amount", amount, "currency", "USD"), "productLine", "Advisory",
                "closeDate", closeDate, "externalReference", "INV-" + UUID.randomUUID())).post("/api/sales")
                .then().statusCode(201).extract().path("id");
    }

    void reverse(String saleId, String amount, String date) {
        asAdmin().body(Map.of("amount", Map.of("amount", amount, "currency", "USD"), "reversalDate", date))
                .post("/api/sales/" + saleId + "/reversals").then().statusCode(201);
    }

    /** The statement as the executive sees it, after checking that its total is the sum of its lines to the cent. */
    JsonPath statement(String period) {
        JsonPath statement = as("account-executive", executive).get("/api/statements/" + executive + "/" + period)
                .then().statusCode(200).extract().jsonPath();
        BigDecimal sum = statement.getList("lines.amount.amount", String.class).stream().map(BigDecimal::new)
                .reduce(new BigDecimal("0.00"), BigDecimal::add);
        assertEquals(new BigDecimal(statement.getString("totals.totalCompensation.amount")), sum, "the total is the sum of the lines");
        return statement;
    }

    static List<String> amounts(JsonPath statement, String kind) {
        return statement.getList("lines.findAll { it.kind == '" + kind + "' }.amount.amount", String.class);
    }
}
