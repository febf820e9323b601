package io.accountable.system;

import static io.accountable.system.RunningSystem.QUOTA;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Closing a month for 1,000 executives with 100,000 credited sales in it: every statement is
 * computed and stored in the close. The executives (quota-service's read model) and the sales are
 * written straight into quota-service's schema, which is what the close reads; plan, plan
 * assignments and quotas go through the API.
 */
class StatementGenerationBench {

    static final int EXECUTIVES = 1_000;
    static final int SALES = 100_000;

    final RunningSystem system = RunningSystem.get();
    final LocalDate month = LocalDate.now().minusYears(1).withMonth(6).withDayOfMonth(1);

    @Test
    void closeAMonth() throws Exception {
        List<String> executives = new ArrayList<>();
        for (int i = 0; i < EXECUTIVES; i++) {
            executives.add(UUID.randomUUID().toString());
        }
        try (Connection connection = system.database(QUOTA)) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO executive "
                    + "(id, full_name, region, hire_date, manager_id, status, source_version) VALUES (?, ?, 'Northeast', '2020-01-01', NULL, 'ACTIVE', 0)")) {
                for (String executive : executives) {
                    insert.setString(1, executive);
                    insert.setString(2, "Bench Executive " + executive.substring(0, 8));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.commit();
        }
        String planId = system.asAdmin(QUOTA).body(Map.of("name", Steps.unique("Bench plan"), "currency", "USD", "terms", Map.of(
                "effectiveFrom", month.withMonth(1).toString(), "tierMode", "MARGINAL_RUNNING_TOTAL", "commissionPeriod", "MONTH",
                "tierBasis", "PERCENT_OF_QUOTA",
                "tiers", List.of(Map.of("threshold", "0", "ratePercent", "4"), Map.of("threshold", "100", "ratePercent", "7")),
                "bonuses", List.of(Map.of("attainmentPercent", "100", "amount", "1000")), "baseSalary", "60000")))
                .post("/api/plans").then().statusCode(201).extract().path("id");
        for (String executive : executives) {
            system.asAdmin(QUOTA).body(Map.of("executiveId", executive, "from", month.withMonth(1).toString()))
                    .post("/api/plans/" + planId + "/assignments").then().statusCode(201);
            system.asAdmin(QUOTA).body(Map.of("annualAmount", Map.of("amount", "1200000", "currency", "USD")))
                    .put("/api/quotas/" + executive + "/" + month.getYear()).then().statusCode(201);
        }
        insertSales(executives);

        long start = System.nanoTime();
        Response closed = system.asAdmin(QUOTA).post("/api/periods/" + month.toString().substring(0, 7) + "/close");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(200, closed.statusCode(), closed.asString());
        assertEquals(EXECUTIVES, closed.jsonPath().getInt("statementsIssued"), closed.asString());
        BenchResults.write(RunningSystem.root(), "Statement generation, closing a month", List.of(
                "| executives | sales in the month | close (every statement computed and stored) | target |",
                "|---|---|---|---|",
                String.format("| %,d | %,d | %.1f s | ≤ 10 s |", EXECUTIVES, SALES, seconds)),
                "quota-service's one transaction: a few reads per 200 executives, then the batched inserts of every statement and line"
                        + " and one outbox row per statement, with MariaDB on the same 2 cores");
    }

    private void insertSales(List<String> executives) throws Exception {
        try (Connection connection = system.database(QUOTA)) {
            connection.setAutoCommit(false);
            try (PreparedStatement sale = connection.prepareStatement("INSERT INTO sale (id, client_id, amount, currency, product_line, close_date, "
                    + "source, source_system, external_reference, opportunity_id, created_by, created_at) "
                    + "VALUES (?, ?, ?, 'USD', 'Advisory', ?, 'API', 'bench', ?, NULL, 'bench', ?)");
                    PreparedStatement credit = connection.prepareStatement("INSERT INTO sale_credit (id, sale_id, executive_id, credit_percent, "
                            + "credited_amount, currency, close_date, created_at) VALUES (?, ?, ?, 100, ?, 'USD', ?, ?)")) {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                Timestamp now = Timestamp.from(Instant.now());
                for (int i = 0; i < SALES; i++) {
                    String saleId = UUID.randomUUID().toString();
                    BigDecimal amount = BigDecimal.valueOf(random.nextLong(50_000, 300_000), 2);
                    Date closeDate = Date.valueOf(month.plusDays(random.nextInt(month.lengthOfMonth())));
                    sale.setString(1, saleId);
                    sale.setString(2, UUID.randomUUID().toString());
                    sale.setBigDecimal(3, amount);
                    sale.setDate(4, closeDate);
                    sale.setString(5, "BENCH-" + saleId);
                    sale.setTimestamp(6, now);
                    sale.addBatch();
                    credit.setString(1, UUID.randomUUID().toString());
                    credit.setString(2, saleId);
                    credit.setString(3, executives.get(i % executives.size()));
                    credit.setBigDecimal(4, amount);
                    credit.setDate(5, closeDate);
                    credit.setTimestamp(6, now);
                    credit.addBatch();
                    if (i % 1000 == 999) {
                        sale.executeBatch();
                        credit.executeBatch();
                    }
                }
            }
            connection.commit();
        }
    }
}
