package io.accountable.quota.statement;

import static io.accountable.quota.Fixtures.QUOTA_TOPIC;
import static io.accountable.quota.Fixtures.as;
import static io.accountable.quota.Fixtures.asAdmin;
import static io.accountable.quota.statement.CompensationScenario.amounts;
import static io.accountable.quota.statement.CompensationScenario.terms;
import static io.accountable.quota.statement.CompensationScenario.tier;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.devstack.AtOnce;
import io.accountable.quota.period.PeriodKind;
import io.accountable.devstack.DevStackTestResource;
import io.accountable.devstack.EventSchemas;
import io.accountable.devstack.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Closing periods is global, so only this test class and {@link StatementCloseCostTest} (months of
 * 2023) close any; this one closes only months of 2024 and 2022, which no other test class uses.
 */
@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class StatementCloseTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    CompensationScenario flatTenPercent() {
        return CompensationScenario.onPlan(bootstrap, terms("MARGINAL_RUNNING_TOTAL", "MONTH", "AMOUNT", List.<String[]> of(tier("0", "10"))),
                "2024-01-01");
    }

    @Test
    void closingLocksTheStatementAndALaterSaleBecomesAnAdjustmentInTheNextOpenPeriod() throws Exception {
        CompensationScenario scenario = flatTenPercent();
        scenario.sell("10000.00", "2024-03-10");

        asAdmin().post("/api/periods/2024-03/close").then().statusCode(200)
                .body("period", equalTo("2024-03"));

        JsonPath march = scenario.statement("2024-03");
        assertTrue(march.getBoolean("closed"));
        assertNotNull(march.getString("id"));
        assertEquals("1000.00", march.getString("totals.totalCompensation.amount"));

        scenario.sell("2000.00", "2024-03-20");
        assertEquals("1000.00", scenario.statement("2024-03").getString("totals.totalCompensation.amount"), "never a silent rewrite");
        JsonPath april = scenario.statement("2024-04");
        assertEquals(List.of("200.00"), amounts(april, "ADJUSTMENT"));
        assertEquals("2024-03", april.getString("lines.find { it.kind == 'ADJUSTMENT' }.adjustedPeriod"));
        assertEquals(List.of(), amounts(scenario.statement("2024-05"), "ADJUSTMENT"), "only the next open period adjusts");

        asAdmin().post("/api/periods/2024-04/close").then().statusCode(200);
        assertEquals(List.of("200.00"), amounts(scenario.statement("2024-04"), "ADJUSTMENT"), "issued with the adjustment");
        assertEquals(List.of(), amounts(scenario.statement("2024-05"), "ADJUSTMENT"), "adjusted once");

        String statementId = march.getString("id");
        List<ConsumerRecord<String, String>> issued = TopicReader.read(bootstrap, QUOTA_TOPIC,
                r -> r.value().contains(statementId) && StatementEvents.STATEMENT_ISSUED.equals(TopicReader.header(r, "ce_type")), 1,
                Duration.ofSeconds(30));
        assertEquals(1, issued.size());
        assertEquals(scenario.executive.toString(), issued.get(0).key());
        EventSchemas.assertValid(StatementEvents.STATEMENT_ISSUED, issued.get(0).value());
        List<ConsumerRecord<String, String>> closed = TopicReader.read(bootstrap, QUOTA_TOPIC,
                r -> "2024-03".equals(r.key()) && StatementEvents.PERIOD_CLOSED.equals(TopicReader.header(r, "ce_type")), 1, Duration.ofSeconds(30));
        assertEquals(1, closed.size());
        EventSchemas.assertValid(StatementEvents.PERIOD_CLOSED, closed.get(0).value());
    }

    @Test
    void aReversalOfASaleInAClosedPeriodIsClawedBackInTheOpenPeriodOfTheReversal() {
        CompensationScenario scenario = flatTenPercent();
        String sale = scenario.sell("4000.00", "2024-06-05");
        asAdmin().post("/api/periods/2024-06/close").then().statusCode(200);

        scenario.reverse(sale, "1000.00", "2024-07-02");

        assertEquals(List.of("400.00"), amounts(scenario.statement("2024-06"), "SALE"));
        JsonPath july = scenario.statement("2024-07");
        assertEquals(List.of("-100.00"), amounts(july, "CLAWBACK"));
        assertEquals(List.of(), amounts(july, "ADJUSTMENT"), "the clawback belongs to July; June stays as issued");
    }

    @Test
    void aDisputeRoundTripEndsInAnAdjustmentInTheNextOpenPeriod() throws Exception {
        CompensationScenario scenario = flatTenPercent();
        scenario.sell("3000.00", "2024-08-08");
        asAdmin().post("/api/periods/2024-08/close").then().statusCode(200);
        String statementId = scenario.statement("2024-08").getString("id");

        String disputeId = as("account-executive", scenario.executive)
                .body(Map.of("statementId", statementId, "lineNo", 1, "comment", "This was a 5,000 deal, not 3,000"))
                .post("/api/disputes").then().statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("managerId", equalTo(scenario.manager.toString()))
                .extract().path("id");
        as("account-executive", scenario.executive).body(Map.of("statementId", statementId, "lineNo", 1, "comment", "again"))
                .post("/api/disputes").then().statusCode(409);
        as("account-executive", scenario.executive).body(Map.of("statementId", statementId, "lineNo", 99, "comment", "x"))
                .post("/api/disputes").then().statusCode(422).body("type", equalTo("urn:accountable:problem:no-such-line"));
        as("account-executive", UUID.randomUUID()).body(Map.of("statementId", statementId, "lineNo", 1, "comment", "x"))
                .post("/api/disputes").then().statusCode(404);

        as("sales-manager", UUID.randomUUID()).body(Map.of("decision", "ACCEPT", "comment", "ok", "adjustment", "200.00"))
                .post("/api/disputes/" + disputeId + "/resolution").then().statusCode(404);
        as("account-executive", scenario.executive).body(Map.of("decision", "ACCEPT", "comment", "ok", "adjustment", "200.00"))
                .post("/api/disputes/" + disputeId + "/resolution").then().statusCode(403);
        as("sales-manager", scenario.manager).body(Map.of("decision", "ACCEPT", "comment", "ok"))
                .post("/api/disputes/" + disputeId + "/resolution").then().statusCode(422)
                .body("type", equalTo("urn:accountable:problem:adjustment-required"));
        as("sales-manager", scenario.manager).body(Map.of("decision", "ACCEPT", "comment", "Invoice confirms 5,000", "adjustment", "200.00"))
                .post("/api/disputes/" + disputeId + "/resolution").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("appliedPeriod", equalTo("2024-09"));
        as("sales-manager", scenario.manager).body(Map.of("decision", "REJECT", "comment", "changed my mind"))
                .post("/api/disputes/" + disputeId + "/resolution").then().statusCode(409);

        JsonPath september = scenario.statement("2024-09");
        assertEquals(List.of("200.00"), amounts(september, "DISPUTE"));
        assertEquals("200.00", september.getString("totals.adjustments.amount"));
        assertEquals(List.of(), amounts(september, "ADJUSTMENT"), "the dispute is not mistaken for a recalculation");
        assertEquals("300.00", scenario.statement("2024-08").getString("totals.totalCompensation.amount"), "August stays as issued");
        as("account-executive", scenario.executive).queryParam("executiveId", scenario.executive).get("/api/disputes").then().statusCode(200)
                .body("status", equalTo(List.of("ACCEPTED")));

        List<ConsumerRecord<String, String>> events = TopicReader.read(bootstrap, QUOTA_TOPIC, r -> r.value().contains(disputeId), 2,
                Duration.ofSeconds(30));
        assertEquals(List.of("accountable.quota.dispute-opened.v1", "accountable.quota.dispute-resolved.v1"),
                events.stream().map(r -> TopicReader.header(r, "ce_type")).toList());
        events.forEach(r -> EventSchemas.assertValid(TopicReader.header(r, "ce_type"), r.value()));
    }

    /**
     * A close reads the accepted disputes of its period before it commits, so a dispute accepted into
     * that period meanwhile would appear on no statement.
     */
    @Test
    void aDisputeAcceptedWhileTheNextPeriodIsClosingGoesToThePeriodAfterIt() throws Exception {
        CompensationScenario scenario = CompensationScenario.onPlan(bootstrap,
                terms("MARGINAL_RUNNING_TOTAL", "MONTH", "AMOUNT", List.<String[]> of(tier("0", "10"))), "2022-01-01");
        scenario.sell("1000.00", "2022-05-10");
        asAdmin().post("/api/periods/2022-05/close").then().statusCode(200);
        String disputeId = as("account-executive", scenario.executive)
                .body(Map.of("statementId", scenario.statement("2022-05").getString("id"), "lineNo", 1, "comment", "Missing a deal"))
                .post("/api/disputes").then().statusCode(201).extract().path("id");

        // A close of June, holding the closes' lock, that has read its statements' inputs and not yet committed
        WhileClosing<Response> resolution = sendWhileTheClosesLockIsHeld(() -> {
            ClosedPeriod june = new ClosedPeriod();
            june.periodCode = "2022-06";
            june.periodKind = PeriodKind.MONTH;
            june.closedBy = "test";
            june.closedAt = Instant.now();
            june.persistAndFlush();
        }, () -> as("sales-manager", scenario.manager).body(Map.of("decision", "ACCEPT", "comment", "Found it", "adjustment", "50.00"))
                .post("/api/disputes/" + disputeId + "/resolution").then().extract().response());

        assertTrue(resolution.waitedWith().isPresent(), "the acceptance waited for the close");
        resolution.answer().then().statusCode(200).body("appliedPeriod", equalTo("2022-07"));
        assertEquals(List.of("50.00"), amounts(scenario.statement("2022-07"), "DISPUTE"));
    }

    /**
     * A close computes each statement's header and lines by separate queries, so it reads them from one
     * snapshot: a sale committed meanwhile cannot make them disagree. Seen from the database, a close
     * waiting for the closes' lock already runs at REPEATABLE READ, where the service otherwise reads
     * committed data.
     */
    @Test
    void aCloseReadsFromOneSnapshotTakenAfterTheClosesLock() throws Exception {
        WhileClosing<Integer> close = sendWhileTheClosesLockIsHeld(() -> {
        }, () -> asAdmin().post("/api/periods/2022-09/close").statusCode());

        assertEquals(200, close.answer());
        assertEquals(Optional.of("REPEATABLE READ"), close.waitedWith());
    }

    /** A request's answer, and the isolation level of its transaction while it waited for the closes' lock (empty: it did not wait). */
    record WhileClosing<T>(T answer, Optional<String> waitedWith) {
    }

    /**
     * Sends {@code request} while another transaction holds the closes' lock, with {@code meanwhile}
     * done in it, and commits that transaction once the request's transaction waits for the lock (or
     * after 20 s).
     */
    private static <T> WhileClosing<T> sendWhileTheClosesLockIsHeld(Runnable meanwhile, Supplier<T> request) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch held = new CountDownLatch(1);
            CountDownLatch commit = new CountDownLatch(1);
            AtomicBoolean answered = new AtomicBoolean();
            Future<?> holder = threads.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                ClosedPeriod.lockClosing();
                meanwhile.run();
                held.countDown();
                try {
                    commit.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
            held.await();
            Future<Optional<String>> watcher = threads.submit(() -> {
                try {
                    return waitingOnTheClosesLock(answered);
                } finally {
                    commit.countDown();
                }
            });
            T answer = request.get();
            answered.set(true);
            holder.get();
            return new WhileClosing<>(answer, watcher.get());
        } finally {
            threads.shutdownNow();
        }
    }

    private static Optional<String> waitingOnTheClosesLock(AtomicBoolean answered) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!answered.get() && System.nanoTime() < deadline) {
            Optional<String> waiting = QuarkusTransaction.requiringNew().call(() -> ClosedPeriod.getEntityManager().createNativeQuery(
                    "SELECT trx_isolation_level FROM information_schema.innodb_trx WHERE trx_state = 'LOCK WAIT'"
                            + " AND trx_query LIKE '%period_close_lock%'")
                    .getResultStream().findFirst().map(Object::toString));
            if (waiting.isPresent()) {
                return waiting;
            }
            // InnoDB refreshes what innodb_trx shows only when nobody read it for 0.1 s: polled faster, it stays stale
            Thread.sleep(200);
        }
        return Optional.empty();
    }

    @Test
    void anAcceptedDisputeCanTakeMoneyBack() {
        CompensationScenario scenario = flatTenPercent();
        scenario.sell("2000.00", "2024-11-12");
        asAdmin().post("/api/periods/2024-11/close").then().statusCode(200);
        String statementId = scenario.statement("2024-11").getString("id");
        String disputeId = as("account-executive", scenario.executive)
                .body(Map.of("statementId", statementId, "lineNo", 1, "comment", "Please check the split"))
                .post("/api/disputes").then().statusCode(201).extract().path("id");

        as("sales-manager", scenario.manager).body(Map.of("decision", "ACCEPT", "comment", "Half of it was Sam's", "adjustment", "-100.00"))
                .post("/api/disputes/" + disputeId + "/resolution").then().statusCode(200)
                .body("adjustment.amount", equalTo("-100.00"));

        assertEquals(List.of("-100.00"), amounts(scenario.statement("2024-12"), "DISPUTE"));
    }

    @Test
    void onlyAdminClosesAPeriodOnceAndOnlyWhenItIsOver() {
        long before = QuarkusTransaction.requiringNew().call(() -> ClosedPeriod.count());
        as("sales-manager", UUID.randomUUID()).post("/api/periods/2024-09/close").then().statusCode(403)
                .contentType("application/problem+json");
        as("account-executive", UUID.randomUUID()).post("/api/periods/2024-09/close").then().statusCode(403);
        asAdmin().post("/api/periods/2999-01/close").then().statusCode(422)
                .body("type", equalTo("urn:accountable:problem:period-not-over"));
        asAdmin().post("/api/periods/2024-13/close").then().statusCode(422)
                .body("type", equalTo("urn:accountable:problem:invalid-period"));
        assertEquals(before, QuarkusTransaction.requiringNew().call(() -> ClosedPeriod.count()), "nothing closed");

        asAdmin().post("/api/periods/2024-10/close").then().statusCode(200);
        asAdmin().post("/api/periods/2024-10/close").then().statusCode(409)
                .body("type", equalTo("urn:accountable:problem:period-already-closed"));
    }

    @Test
    void twoClosesOfOnePeriodAtOnceIssueItsStatementsOnceAndTheSecondAnswersAsALaterOneWould() throws Exception {
        CompensationScenario scenario = flatTenPercent();
        scenario.sell("5000.00", "2024-01-15");

        List<Response> answers = AtOnce.send(2, i -> () -> asAdmin().post("/api/periods/2024-01/close").then().extract().response());

        assertEquals(List.of(200, 409), answers.stream().map(Response::statusCode).sorted().toList(),
                answers.stream().map(Response::asString).toList().toString());
        Response closed = answers.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow();
        Response refused = answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertEquals("urn:accountable:problem:period-already-closed", refused.path("type"));
        asAdmin().post("/api/periods/2024-01/close").then().statusCode(409)
                .body("type", equalTo("urn:accountable:problem:period-already-closed"));

        long issued = QuarkusTransaction.requiringNew().call(() -> Statement.count("periodCode", "2024-01"));
        assertEquals(closed.<Integer> path("statementsIssued").longValue(), issued, "one set of statements");
        assertEquals(1L, QuarkusTransaction.requiringNew()
                .call(() -> Statement.count("executiveId = ?1 and periodCode = ?2", scenario.executive, "2024-01")));
        assertEquals("500.00", scenario.statement("2024-01").getString("totals.totalCompensation.amount"));
    }

    @Test
    void statementsAreTheExecutivesOwnOrTheirManagersAndExportAsCsv() {
        CompensationScenario scenario = flatTenPercent();
        scenario.sell("1234.56", "2024-02-03");
        String path = "/api/statements/" + scenario.executive + "/2024-02";

        as("sales-manager", scenario.manager).get(path).then().statusCode(200).body("totals.commission.amount", equalTo("123.46"));
        as("account-executive", UUID.randomUUID()).get(path).then().statusCode(403).contentType("application/problem+json");
        as("sales-manager", UUID.randomUUID()).get(path).then().statusCode(403);
        asAdmin().get(path).then().statusCode(200);
        as("account-executive", scenario.executive).get("/api/statements/" + scenario.executive + "/2019-02").then().statusCode(422)
                .body("type", equalTo("urn:accountable:problem:no-plan-for-period"));

        String csv = as("account-executive", scenario.executive).get(path + "/csv").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("attachment"))
                .body(startsWith("line,kind,date,sale_id,adjusted_period,base_amount,rate_percent,amount,currency,rule"))
                .extract().asString();
        List<String> rows = List.of(csv.split("\r\n"));
        assertTrue(rows.get(1).startsWith("1,SALE,2024-02-03,"), rows.get(1));
        assertTrue(rows.get(1).contains(",123.46,USD,\"MARGINAL_RUNNING_TOTAL: 1234.56 at 10%\""), rows.get(1));
        assertEquals(",TOTAL,,,,,,123.46,USD,", rows.get(rows.size() - 1));
    }
}
