package io.accountable.system;

import static io.accountable.system.RunningSystem.CLIENT;
import static io.accountable.system.RunningSystem.QUOTA;
import static io.accountable.system.Steps.EVENTUALLY;
import static io.accountable.system.Steps.awaitNotification;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sales reach quota-service only as won opportunities in client-service: a year of one client's
 * business, from quota and plan through a bonus, a mid-year reassignment and a reversal's clawback.
 * The year is last year, so every date in the story is in the past whenever it runs.
 */
class CompensationIT {

    final RunningSystem system = RunningSystem.get();
    final Steps steps = new Steps(system);
    final int year = LocalDate.now().getYear() - 1;

    @Test
    void wonOpportunitiesEarnTheBonusFollowTheOwnerAndAreClawedBackWhenReversed() {
        Steps.Executive manager = steps.executive(Steps.unique("Riley Manager"), null);
        Steps.Executive alex = steps.executive(Steps.unique("Alex Seller"), manager);
        Steps.Executive blake = steps.executive(Steps.unique("Blake Successor"), manager);
        String legalName = Steps.unique("Northwind Logistics");
        String clientId = steps.corporateClient(legalName, null, null);
        steps.assign(clientId, alex, date(1, 1), "New corporate account");

        String planId = system.asAdmin(QUOTA).body(Map.of("name", Steps.unique("AE plan"), "currency", "USD", "terms", Map.of(
                "effectiveFrom", date(1, 1), "tierMode", "MARGINAL_RUNNING_TOTAL", "commissionPeriod", "MONTH", "tierBasis", "AMOUNT",
                "tiers", List.of(Map.of("threshold", "0", "ratePercent", "5")),
                "bonuses", List.of(Map.of("attainmentPercent", "100", "amount", "1000")),
                "baseSalary", "0"))).post("/api/plans").then().statusCode(201).extract().path("id");
        for (Steps.Executive executive : List.of(alex, blake)) {
            // quota-service learns of executives from client-service's events, so it may not know them yet
            await().atMost(EVENTUALLY).until(() -> system.asAdmin(QUOTA).body(Map.of("executiveId", executive.id(), "from", date(1, 1)))
                    .post("/api/plans/" + planId + "/assignments").statusCode() == 201);
            system.asAdmin(QUOTA).body(Map.of("annualAmount", usd("1200000"))).put("/api/quotas/" + executive.id() + "/" + year)
                    .then().statusCode(201);
        }

        String march10 = won(alex, clientId, "60000", date(3, 10));
        won(alex, clientId, "40000", date(3, 20));
        String lateDeal = open(alex, clientId, "50000");
        String mayDeal = open(alex, clientId, "25000");

        String march = year + "-03";
        JsonPath marchStatement = await().atMost(EVENTUALLY).until(() -> statement(alex, march),
                statement -> statement.getList("lines.findAll { it.kind == 'SALE' }").size() == 2);
        assertEquals(0, new BigDecimal("100").compareTo(new BigDecimal(marchStatement.getString("attainmentPercent"))));
        assertEquals(List.of("1000.00"), amounts(marchStatement, "BONUS"), "100% of the month's quota earns the bonus");
        assertEquals("6000.00", marchStatement.getString("totals.totalCompensation.amount"), "5% of 100,000 plus the bonus");

        awaitNotification(() -> steps.inboxOf("account-executive", alex.id()), "accountable.quota.attainment-threshold-crossed.v1",
                alex.fullName() + " passed 100% of quota for " + march);
        Map<String, Object> toManager = awaitNotification(() -> steps.inboxOf("sales-manager", manager.id()),
                "accountable.quota.attainment-threshold-crossed.v1", alex.fullName() + " passed 100% of quota for " + march);
        assertTrue(toManager.get("body").toString().contains("USD 100,000.00 credited"), "amounts carry the currency: " + toManager);

        steps.assign(clientId, blake, date(6, 1), "Territory realignment");
        Map<String, Object> reassigned = awaitNotification(() -> steps.inboxOf("account-executive", alex.id()),
                "accountable.client.client-assigned.v1", legalName + " now belongs to " + blake.fullName());
        assertTrue(reassigned.get("body").toString().contains("(previously " + alex.fullName() + ")"), "names both executives: " + reassigned);
        assertEquals(RunningSystem.APP_URL + "/clients/" + clientId, reassigned.get("link"));
        String mail = steps.awaitMail(blake.email(), legalName + " now belongs to " + blake.fullName());
        assertTrue(mail.contains("(previously " + alex.fullName() + ")"), "the e-mail names both executives: " + mail);
        wonAsAdmin(mayDeal, date(5, 28));
        wonAsAdmin(lateDeal, date(7, 15));
        await().atMost(EVENTUALLY).until(() -> creditedTo(blake).size() == 1 && creditedTo(alex).size() == 3);
        assertEquals(List.of("50000.00"), creditedTo(blake), "a sale after the reassignment credits the new owner");
        assertEquals(List.of("25000.00", "40000.00", "60000.00"), creditedTo(alex).stream().sorted().toList(),
                "a sale closed before the reassignment stays with the executive who then held the client");

        system.asAdmin(QUOTA).post("/api/periods/" + march + "/close").then().statusCode(200);
        awaitNotification(() -> steps.inboxOf("account-executive", alex.id()), "accountable.quota.statement-issued.v1",
                "Your statement for " + march + ", " + alex.fullName() + ", totals USD ");

        String saleId = saleOf(alex, march10);
        system.asAdmin(QUOTA).body(Map.of("amount", usd("60000"), "reversalDate", date(8, 10), "reason", "Client cancelled the mandate"))
                .post("/api/sales/" + saleId + "/reversals").then().statusCode(201);
        JsonPath august = statement(alex, year + "-08");
        assertEquals(List.of("-3000.00"), amounts(august, "CLAWBACK"), "the commission the reversed sale earned comes back");
        assertEquals(marchStatement.getString("totals.totalCompensation.amount"),
                statement(alex, march).getString("totals.totalCompensation.amount"), "the issued March statement is not rewritten");
    }

    private String date(int month, int day) {
        return LocalDate.of(year, month, day).toString();
    }

    private static Map<String, String> usd(String amount) {
        return Map.of("amount", amount, "currency", "USD");
    }

    private String open(Steps.Executive executive, String clientId, String amount) {
        return steps.asExecutive(CLIENT, executive)
                .body(Map.of("productLine", "Treasury management", "amount", usd(amount), "expectedCloseDate", date(12, 15), "probability", 60))
                .post("/api/clients/" + clientId + "/opportunities").then().statusCode(201).extract().path("id");
    }

    /** Opens an opportunity and wins it on {@code closeDate}; returns the opportunity's id. */
    private String won(Steps.Executive executive, String clientId, String amount, String closeDate) {
        String id = open(executive, clientId, amount);
        steps.asExecutive(CLIENT, executive).body(Map.of("stage", "WON", "closeDate", closeDate, "version", 0))
                .post("/api/opportunities/" + id + "/stage").then().statusCode(200);
        return id;
    }

    private void wonAsAdmin(String opportunityId, String closeDate) {
        system.asAdmin(CLIENT).body(Map.of("stage", "WON", "closeDate", closeDate, "version", 0))
                .post("/api/opportunities/" + opportunityId + "/stage").then().statusCode(200);
    }

    private JsonPath statement(Steps.Executive executive, String period) {
        return steps.asExecutive(QUOTA, executive).get("/api/statements/" + executive.id() + "/" + period)
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<String> amounts(JsonPath statement, String kind) {
        return statement.getList("lines.findAll { it.kind == '" + kind + "' }.amount.amount", String.class);
    }

    private List<String> creditedTo(Steps.Executive executive) {
        return steps.asExecutive(QUOTA, executive).queryParam("executiveId", executive.id()).queryParam("size", 100).get("/api/sales")
                .then().statusCode(200).extract().jsonPath().getList("items.amount.amount", String.class);
    }

    private String saleOf(Steps.Executive executive, String opportunityId) {
        return steps.asExecutive(QUOTA, executive).queryParam("executiveId", executive.id()).queryParam("size", 100).get("/api/sales")
                .then().statusCode(200).extract().jsonPath().getString("items.find { it.opportunityId == '" + opportunityId + "' }.id");
    }
}
