package io.accountable.client.assignment;

import static io.accountable.client.Fixtures.TOPIC;
import static io.accountable.client.Fixtures.as;
import static io.accountable.client.Fixtures.asExecutive;
import static io.accountable.client.Fixtures.asManager;
import static io.accountable.client.Fixtures.client;
import static io.accountable.client.Fixtures.executive;
import static io.accountable.client.Fixtures.executiveStatus;
import static io.accountable.client.Fixtures.json;
import static io.accountable.client.Fixtures.uniqueName;
import static io.accountable.client.Fixtures.version;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountable.client.executive.ExecutiveEvents;
import io.accountable.devstack.AtOnce;
import io.accountable.devstack.DevStackTestResource;
import io.accountable.devstack.EventSchemas;
import io.accountable.devstack.TopicReader;
import io.accountable.platform.time.FirmCalendar;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class AssignmentResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    FirmCalendar calendar;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void reassignmentKeepsTheHistoryAndTheNewOwnerHoldsTheClientFromTheEffectiveDayOn() {
        String ann = executive("Ann History");
        String ben = executive("Ben History");
        String id = client(uniqueName("History Ltd"), null, null);

        assign(id, ann, "2026-01-10", "New relationship").then().statusCode(200).body("primaryExecutiveId", equalTo(ann));
        assign(id, ben, "2026-03-15", "Territory realignment").then().statusCode(200).body("primaryExecutiveId", equalTo(ben));

        as("compliance-officer").get("/api/clients/" + id + "/assignments")
                .then().statusCode(200)
                .body("executiveId", contains(ann, ben))
                .body("from", contains("2026-01-10", "2026-03-15"))
                .body("to", contains("2026-03-15", null))
                .body("previousExecutiveId", contains(null, ann))
                .body("reason", contains("New relationship", "Territory realignment"));
        owner(id, "2026-01-09").body("executiveId", nullValue());
        owner(id, "2026-01-10").body("executiveId", equalTo(ann));
        owner(id, "2026-03-14").body("executiveId", equalTo(ann)).body("heldTo", equalTo("2026-03-15"));
        owner(id, "2026-03-15").body("executiveId", equalTo(ben)).body("heldFrom", equalTo("2026-03-15"));
        asExecutive(ben).get("/api/clients/" + id + "/owner").then().statusCode(200).body("executiveId", equalTo(ben));
        asExecutive(ann).get("/api/clients/" + id + "/owner").then().statusCode(404);

        assign(id, ann, "2026-03-14", "Backdated").then().statusCode(422)
                .body("type", equalTo("urn:accountable:problem:effective-date-before-current-holding"))
                .body("currentHolderSince", equalTo("2026-03-15"));
        assign(id, ann, calendar.today().plusDays(1).toString(), "Future").then().statusCode(422)
                .body("type", equalTo("urn:accountable:problem:future-effective-date"));
        assign(id, ben, "2026-04-01", "Same").then().statusCode(422)
                .body("type", equalTo("urn:accountable:problem:already-primary"));

        List<ConsumerRecord<String, String>> records = TopicReader.read(bootstrap, TOPIC,
                r -> id.equals(r.key()) && AssignmentEvents.ASSIGNED.equals(TopicReader.header(r, "ce_type")), 2, Duration.ofSeconds(30));
        assertEquals(2, records.size());
        records.forEach(r -> EventSchemas.assertValid(AssignmentEvents.ASSIGNED, r.value()));
        JsonNode second = json(records.get(1).value());
        assertEquals(ben, second.get("executiveId").asText());
        assertEquals(ann, second.get("previousExecutiveId").asText());
        assertEquals("2026-03-15", second.get("effectiveDate").asText());
        assertEquals("Territory realignment", second.get("reason").asText());
    }

    @Test
    void aReassignmentOnTheDayTheCurrentHoldingBeganReplacesItInsteadOfLeavingAZeroLengthHolding() {
        String carl = executive("Carl Sameday");
        String ann = executive("Ann Sameday");
        String ben = executive("Ben Sameday");
        String id = client(uniqueName("Same Day Ltd"), null, null);
        String today = calendar.today().toString();

        assign(id, carl, "2026-01-10", "New relationship").then().statusCode(200);
        assign(id, ann, today, "Territory realignment").then().statusCode(200);
        assign(id, ben, today, "Ann is on leave").then().statusCode(200).body("primaryExecutiveId", equalTo(ben));
        as("compliance-officer").get("/api/clients/" + id + "/assignments").then().statusCode(200)
                .body("executiveId", contains(carl, ben))
                .body("from", contains("2026-01-10", today))
                .body("to", contains(today, null))
                .body("previousExecutiveId", contains(null, carl))
                .body("reason", contains("New relationship", "Ann is on leave"));
        owner(id, today).body("executiveId", equalTo(ben)).body("heldFrom", equalTo(today));

        assign(id, carl, today, "Realignment undone").then().statusCode(200).body("primaryExecutiveId", equalTo(carl));
        as("compliance-officer").get("/api/clients/" + id + "/assignments").then().statusCode(200)
                .body("executiveId", contains(carl))
                .body("from", contains("2026-01-10"))
                .body("to", contains((Object) null));
        owner(id, today).body("executiveId", equalTo(carl)).body("heldFrom", equalTo("2026-01-10"));

        List<ConsumerRecord<String, String>> records = TopicReader.read(bootstrap, TOPIC,
                r -> id.equals(r.key()) && AssignmentEvents.ASSIGNED.equals(TopicReader.header(r, "ce_type")), 4, Duration.ofSeconds(30));
        assertEquals(4, records.size());
        records.forEach(r -> EventSchemas.assertValid(AssignmentEvents.ASSIGNED, r.value()));
        assertEquals(List.of("null>" + carl, carl + ">" + ann, ann + ">" + ben, ben + ">" + carl), records.stream().map(r -> json(r.value()))
                .map(event -> event.get("previousExecutiveId").asText() + ">" + event.get("executiveId").asText()).toList(),
                "each event names the executive who lost the client as the previous one");
    }

    @Test
    void aDepartedExecutiveCannotTakeClientsAndBadAssignmentsWriteNothing() {
        String gone = executive("Gil Gone");
        executiveStatus(gone, "DEPARTED");
        String id = client(uniqueName("Orphan"), null, null);
        long before = assignments();

        assign(id, gone, "2026-02-01", "Try").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:accountable:problem:executive-departed"))
                .body("executiveId", equalTo(gone));
        assign(id, UUID.randomUUID().toString(), "2026-02-01", "Try").then().statusCode(422)
                .body("type", equalTo("urn:accountable:problem:unknown-executive"));
        as("admin").body(Map.of("effectiveDate", "someday", "reason", "", "version", 0))
                .post("/api/clients/" + id + "/assignments")
                .then().statusCode(400).contentType("application/problem+json");
        as("admin").body(Map.of("reason", "", "version", -1))
                .post("/api/clients/" + id + "/assignments")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("executiveId", "effectiveDate", "reason", "version"));
        assign(UUID.randomUUID().toString(), executive("Ida Idle"), "2026-02-01", "Ghost").then().statusCode(404);
        as("admin").get("/api/clients/" + id + "/owner?on=yesterday").then().statusCode(400).body("errors[0].field", equalTo("on"));

        assertEquals(before, assignments());
        as("admin").get("/api/clients/" + id).then().body("primaryExecutiveId", nullValue()).body("version", equalTo(0));

        List<ConsumerRecord<String, String>> departed = TopicReader.read(bootstrap, TOPIC,
                r -> gone.equals(r.key()) && ExecutiveEvents.DEPARTED.equals(TopicReader.header(r, "ce_type")), 1, Duration.ofSeconds(30));
        assertEquals(1, departed.size());
        EventSchemas.assertValid(ExecutiveEvents.DEPARTED, departed.get(0).value());
        assertEquals(calendar.today().toString(), json(departed.get(0).value()).get("departureDate").asText());
    }

    @Test
    void ofTwoConcurrentReassignmentsOfOneClientOneWinsAndTheOtherIsAConflict() throws Exception {
        String holder = executive("Hal Holder");
        String id = client(uniqueName("Contested"), holder, null);
        int version = version(id);
        String date = calendar.today().toString();
        List<String> rivals = List.of(executive("Rae Rival"), executive("Sid Rival"));
        List<Integer> statuses = AtOnce.send(rivals.size(), i -> () -> as("admin")
                .body(Map.of("executiveId", rivals.get(i), "effectiveDate", date, "reason", "Race", "version", version))
                .post("/api/clients/" + id + "/assignments").then().extract().statusCode());
        assertEquals(List.of(200, 409), statuses.stream().sorted().toList());
        String winner = as("admin").get("/api/clients/" + id).then().extract().path("primaryExecutiveId");
        assertTrue(rivals.contains(winner));
        // the holder's holding began today, so the winner's replaces it
        as("admin").get("/api/clients/" + id + "/assignments").then().statusCode(200)
                .body("executiveId", contains(winner))
                .body("previousExecutiveId", contains((Object) null));
    }

    @Test
    void allClientsOfADepartingExecutiveMoveInOneRequestEachWithItsOwnEvent() {
        String manager = executive("Meg Manager");
        String leaving = executive("Lou Leaving", manager);
        String taking = executive("Tia Taking", manager);
        String outsider = executive("Oli Outsider");
        List<String> open = List.of(client(uniqueName("Bulk A"), leaving, null), client(uniqueName("Bulk B"), leaving, "PRIORITY"));
        String closed = client(uniqueName("Bulk Closed"), leaving, null);
        as("admin").body(Map.of("status", "CLOSED", "version", version(closed))).post("/api/clients/" + closed + "/status").then().statusCode(200);
        executiveStatus(leaving, "DEPARTED");
        String date = calendar.today().toString();

        asManager(manager).body(Map.of("toExecutiveId", outsider, "effectiveDate", date, "reason", "Departure"))
                .post("/api/executives/" + leaving + "/client-reassignments")
                .then().statusCode(403);
        asExecutive(leaving).body(Map.of("toExecutiveId", taking, "effectiveDate", date, "reason", "Departure"))
                .post("/api/executives/" + leaving + "/client-reassignments")
                .then().statusCode(403);
        asManager(manager).body(Map.of("toExecutiveId", leaving, "effectiveDate", date, "reason", "Departure"))
                .post("/api/executives/" + leaving + "/client-reassignments")
                .then().statusCode(422).body("type", equalTo("urn:accountable:problem:same-executive"));
        asManager(manager).body(Map.of("effectiveDate", date)).post("/api/executives/" + leaving + "/client-reassignments")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("toExecutiveId", "reason"));

        asManager(manager).body(Map.of("toExecutiveId", taking, "effectiveDate", date, "reason", "Departure"))
                .post("/api/executives/" + leaving + "/client-reassignments")
                .then().statusCode(200)
                .body("clientIds", containsInAnyOrder(open.toArray()));
        open.forEach(id -> asExecutive(taking).get("/api/clients/" + id).then().statusCode(200).body("primaryExecutiveId", equalTo(taking)));
        as("admin").get("/api/clients/" + closed).then().body("primaryExecutiveId", equalTo(leaving));

        Set<String> keys = Set.copyOf(open);
        List<ConsumerRecord<String, String>> records = TopicReader.read(bootstrap, TOPIC,
                r -> keys.contains(r.key()) && AssignmentEvents.ASSIGNED.equals(TopicReader.header(r, "ce_type"))
                        && json(r.value()).get("executiveId").asText().equals(taking), 2, Duration.ofSeconds(30));
        assertEquals(2, records.size());
        assertEquals(keys, Set.copyOf(records.stream().map(ConsumerRecord::key).toList()));
        records.forEach(r -> {
            EventSchemas.assertValid(AssignmentEvents.ASSIGNED, r.value());
            assertEquals(leaving, json(r.value()).get("previousExecutiveId").asText());
            assertEquals("Departure", json(r.value()).get("reason").asText());
        });
    }

    /**
     * An onboarding in flight holds its executive's row in share mode (here: a connection of the test's).
     * Another onboarding to the executive goes ahead beside it; one into a tier with a limit waits for it,
     * because it has to count the clients the first one adds.
     */
    @Test
    void onboardingsToOneExecutiveRunSideBySideUnlessATierLimitIsCounted() throws Exception {
        String holder = executive("Pia Parallel");
        String capped = io.accountable.client.Fixtures.tier(5);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection inFlight = holdingExecutive(holder, "LOCK IN SHARE MODE")) {
            client(uniqueName("Side By Side"), holder, null);

            Future<String> counted = pool.submit(() -> client(uniqueName("Counted"), holder, capped));
            assertThrows(TimeoutException.class, () -> counted.get(1, TimeUnit.SECONDS));
            inFlight.commit();
            assertEquals(holder, as("admin").get("/api/clients/" + counted.get(30, TimeUnit.SECONDS)).then().extract().path("primaryExecutiveId"));
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * An onboarding into a tier with a limit reads (and so fixes its snapshot) before it waits for the
     * executive's lock; the limit still counts the client that the transaction holding the lock commits.
     */
    @Test
    void aTierLimitCountsTheClientThatTheLockHolderCommits() throws Exception {
        String holder = executive("Kit Counted");
        String capped = io.accountable.client.Fixtures.tier(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection inFlight = holdingExecutive(holder, "FOR UPDATE")) {
            Map<String, Object> body = io.accountable.client.Fixtures.newClient(uniqueName("Second"));
            body.put("primaryExecutiveId", holder);
            body.put("tier", capped);
            Future<Integer> second = pool.submit(() -> as("admin").body(body).post("/api/clients").then().extract().statusCode());
            assertThrows(TimeoutException.class, () -> second.get(1, TimeUnit.SECONDS));
            try (PreparedStatement first = inFlight.prepareStatement("INSERT INTO client (id, legal_name, client_type, country, tier_code, status,"
                    + " primary_executive_id, version, created_at, updated_at) VALUES (?, 'First', 'CORPORATE', 'US', ?, 'PROSPECT', ?, 0, NOW(6), NOW(6))")) {
                first.setString(1, UUID.randomUUID().toString());
                first.setString(2, capped);
                first.setString(3, holder);
                first.executeUpdate();
            }
            inFlight.commit();
            assertEquals(422, second.get(30, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBulkMoveThatWouldBreakATierLimitMovesNothing() {
        String capped = io.accountable.client.Fixtures.tier(1);
        String from = executive("Fay From");
        String to = executive("Tom To");
        String a = client(uniqueName("Cap A"), from, capped);
        String b = client(uniqueName("Cap B"), from, null);
        long before = assignments();
        String date = calendar.today().toString();
        client(uniqueName("Cap Held"), to, capped);

        as("admin").body(Map.of("toExecutiveId", to, "effectiveDate", date, "reason", "Move"))
                .post("/api/executives/" + from + "/client-reassignments")
                .then().statusCode(422)
                .body("type", equalTo("urn:accountable:problem:tier-limit-exceeded"))
                .body("tier", equalTo(capped))
                .body("limit", equalTo(1))
                .body("used", equalTo(1));
        assertEquals(before + 1, assignments());
        List.of(a, b).forEach(id -> as("admin").get("/api/clients/" + id).then().body("primaryExecutiveId", equalTo(from)));
    }

    @Test
    void theAccountTeamHasSecondaryMembersWithRolesWhoMayReadTheClient() {
        String primary = executive("Pia Primary");
        String analyst = executive("Cal Analyst");
        String id = client(uniqueName("Team Co"), primary, null);

        asExecutive(analyst).get("/api/clients/" + id).then().statusCode(404);
        String member = asExecutive(primary).body(Map.of("executiveId", analyst, "role", "CREDIT_ANALYST"))
                .post("/api/clients/" + id + "/team")
                .then().statusCode(201).body("role", equalTo("CREDIT_ANALYST")).extract().path("id");
        asExecutive(primary).get("/api/clients/" + id + "/team/" + member).then().statusCode(200)
                .body("executiveId", equalTo(analyst)).body("role", equalTo("CREDIT_ANALYST"));
        asExecutive(primary).get("/api/clients/" + client(uniqueName("Other Team Co"), primary, null) + "/team/" + member).then().statusCode(404);
        asExecutive(analyst).get("/api/clients/" + id).then().statusCode(200);
        asExecutive(analyst).get("/api/clients").then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem(id));
        asExecutive(analyst).body(Map.of("status", "CLOSED", "version", version(id))).post("/api/clients/" + id + "/status")
                .then().statusCode(403);
        asExecutive(primary).body(Map.of("executiveId", analyst, "role", "PRODUCT_SPECIALIST"))
                .post("/api/clients/" + id + "/team")
                .then().statusCode(409).body("type", equalTo("urn:accountable:problem:already-on-team"));
        asExecutive(primary).body(Map.of("executiveId", primary, "role", "PRODUCT_SPECIALIST"))
                .post("/api/clients/" + id + "/team")
                .then().statusCode(422).body("type", equalTo("urn:accountable:problem:primary-on-team"));
        asExecutive(primary).body(Map.of("executiveId", analyst, "role", "JESTER"))
                .post("/api/clients/" + id + "/team")
                .then().statusCode(400);
        as("compliance-officer").get("/api/clients/" + id + "/team").then().statusCode(200).body("executiveId", contains(analyst));

        asExecutive(primary).delete("/api/clients/" + id + "/team/" + member).then().statusCode(204);
        asExecutive(analyst).get("/api/clients/" + id).then().statusCode(404);

        List<ConsumerRecord<String, String>> records = TopicReader.read(bootstrap, TOPIC,
                r -> id.equals(r.key()) && TopicReader.header(r, "ce_type").contains("team-member"), 2, Duration.ofSeconds(30));
        assertEquals(List.of(AssignmentEvents.TEAM_MEMBER_ADDED, AssignmentEvents.TEAM_MEMBER_REMOVED),
                records.stream().map(r -> TopicReader.header(r, "ce_type")).toList());
        records.forEach(r -> EventSchemas.assertValid(TopicReader.header(r, "ce_type"), r.value()));
    }

    @Test
    void onlyAdminsAndManagersAssignAndManagersOnlyWithinTheirTeam() {
        String manager = executive("Max Manager");
        String report = executive("Rex Report", manager);
        String other = executive("Ola Other");
        String id = client(uniqueName("Managed"), report, null);
        String peer = executive("Pat Peer", manager);

        asExecutive(report).body(Map.of("executiveId", peer, "effectiveDate", calendar.today().toString(), "reason", "Swap", "version", version(id)))
                .post("/api/clients/" + id + "/assignments").then().statusCode(403);
        asManager(manager).body(Map.of("executiveId", other, "effectiveDate", calendar.today().toString(), "reason", "Swap", "version", version(id)))
                .post("/api/clients/" + id + "/assignments").then().statusCode(403);
        asManager(other).body(Map.of("executiveId", peer, "effectiveDate", calendar.today().toString(), "reason", "Swap", "version", version(id)))
                .post("/api/clients/" + id + "/assignments").then().statusCode(404);
        asManager(manager).body(Map.of("executiveId", peer, "effectiveDate", calendar.today().toString(), "reason", "Swap", "version", version(id)))
                .post("/api/clients/" + id + "/assignments").then().statusCode(200).body("primaryExecutiveId", equalTo(peer));
    }

    /** A transaction of the test's own, holding the executive's row as an assignment in flight would. */
    private Connection holdingExecutive(String executiveId, String lockClause) throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (PreparedStatement lock = connection.prepareStatement("SELECT id FROM executive WHERE id = ? " + lockClause)) {
            lock.setString(1, executiveId);
            lock.executeQuery().close();
        }
        return connection;
    }

    private static io.restassured.response.Response assign(String clientId, String executiveId, String date, String reason) {
        int version = clientId.length() == 36 && as("admin").get("/api/clients/" + clientId).statusCode() == 200 ? version(clientId) : 0;
        return as("admin").body(Map.of("executiveId", executiveId, "effectiveDate", date, "reason", reason, "version", version))
                .post("/api/clients/" + clientId + "/assignments");
    }

    private static io.restassured.response.ValidatableResponse owner(String clientId, String on) {
        return as("admin").queryParam("on", on).get("/api/clients/" + clientId + "/owner").then().statusCode(200);
    }

    private static long assignments() {
        return QuarkusTransaction.requiringNew().call(() -> Assignment.count());
    }
}
