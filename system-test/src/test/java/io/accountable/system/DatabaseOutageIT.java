package io.accountable.system;

import static io.accountable.system.RunningSystem.CLIENT;
import static io.accountable.system.RunningSystem.COMPLIANCE;
import static io.accountable.system.RunningSystem.NOTIFICATION;
import static io.accountable.system.RunningSystem.QUOTA;
import static io.accountable.system.Steps.EVENTUALLY;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.devstack.EmbeddedMariaDb;
import io.accountable.devstack.ServiceFleet;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The database is stopped for 20 seconds: every service answers 503 problem+json at once instead of
 * holding requests, reports itself not ready, and recovers by itself once the database is back.
 */
class DatabaseOutageIT {

    static final Duration OUTAGE = Duration.ofSeconds(20);
    /** A request that does not answer within this is hanging; the socket timeout turns that into a failure. */
    static final int HANGING_MILLIS = 15_000;

    final RunningSystem system = RunningSystem.get();
    final Steps steps = new Steps(system);

    @Test
    void aStoppedDatabaseAnswers503PromptlyAndEverythingRecovers() {
        Assumptions.assumeTrue(system.stack.database().isPresent(), "the dev stack started no database of its own to stop");
        EmbeddedMariaDb database = system.stack.database().get();
        Steps.Executive owner = steps.executive(Steps.unique("Dana Downtime"), null);
        String clientId = steps.corporateClient(Steps.unique("Downtime Dynamics"), null, owner);
        Map<String, Supplier<Response>> calls = Map.of(
                "GET client", () -> bounded(system.asAdmin(CLIENT)).get("/api/clients/" + clientId),
                "POST client", () -> bounded(system.asAdmin(CLIENT)).body(Map.of("legalName", "Never Written", "clientType", "CORPORATE",
                        "industry", "Logistics", "segment", "Mid-market", "region", "Northeast", "country", "US"))
                        .post("/api/clients"),
                "GET sales", () -> bounded(system.asAdmin(QUOTA)).queryParam("executiveId", owner.id()).get("/api/sales"),
                "GET policy", () -> bounded(system.asAdmin(COMPLIANCE)).get("/api/policy"),
                "GET inbox", () -> bounded(steps.inboxOf("account-executive", owner.id())).get("/api/notifications"));

        int requests = 0;
        long slowestMillis = 0;
        database.stop();
        try {
            Instant back = Instant.now().plus(OUTAGE);
            while (Instant.now().isBefore(back)) {
                for (Map.Entry<String, Supplier<Response>> call : calls.entrySet()) {
                    Response response = call.getValue().get();
                    requests++;
                    slowestMillis = Math.max(slowestMillis, response.time());
                    assertEquals(503, response.statusCode(), call.getKey() + " while the database is down: " + response.asString());
                    assertTrue(response.contentType().startsWith("application/problem+json"), call.getKey() + ": " + response.contentType());
                }
                for (String service : ServiceFleet.SERVICES) {
                    Response readiness = bounded(given().baseUri(system.fleet.uri(service).toString())).get("/q/health/ready");
                    requests++;
                    slowestMillis = Math.max(slowestMillis, readiness.time());
                    assertEquals(503, readiness.statusCode(), service + " is not ready without its database");
                }
                SteadyLoad.sleep(Duration.ofSeconds(1));
            }
        } finally {
            database.restart();
        }

        for (String service : ServiceFleet.SERVICES) {
            await().atMost(EVENTUALLY).until(() -> given().baseUri(system.fleet.uri(service).toString()).get("/q/health/ready").statusCode() == 200);
        }
        String afterwards = await().atMost(EVENTUALLY).until(() -> steps.onboard(Steps.unique("Back Again"), null, owner),
                response -> response.statusCode() == 201).path("id");
        await().atMost(EVENTUALLY).until(() -> steps.assignmentNotifications(owner).containsKey(afterwards));
        System.out.printf("database outage: %d requests and readiness checks in %ds, all 503, slowest %d ms; all four ready again%n",
                requests, OUTAGE.toSeconds(), slowestMillis);
    }

    private static RequestSpecification bounded(RequestSpecification request) {
        return request.config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", HANGING_MILLIS)
                .setParam("http.connection.timeout", HANGING_MILLIS)));
    }
}
