package io.accountable.client;

import static io.accountable.client.Fixtures.as;
import static io.accountable.client.Fixtures.client;
import static io.accountable.client.Fixtures.newClient;
import static io.accountable.client.Fixtures.uniqueName;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.accountable.devstack.DevStackTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ETag's promise (platform ConditionalRequests, IfMatchBodies), on clients and executives. */
@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class ConditionalRequestsTest {

    @Test
    void aGetWhoseIfNoneMatchNamesTheCurrentVersionAnswers304WithoutABody() {
        String id = client(uniqueName("Cached Freight"), null, null);
        String etag = as("admin").get("/api/clients/" + id).then().statusCode(200).header("ETag", equalTo("\"0\"")).extract().header("ETag");

        as("admin").header("If-None-Match", etag).get("/api/clients/" + id)
                .then().statusCode(304).header("ETag", equalTo(etag)).body(emptyString());
        as("admin").header("If-None-Match", "W/\"0\", \"5\"").get("/api/clients/" + id).then().statusCode(304);
        as("admin").header("If-None-Match", "\"5\"").get("/api/clients/" + id)
                .then().statusCode(200).header("ETag", equalTo(etag)).body("id", equalTo(id));
    }

    @Test
    void afterAChangeTheOldEtagNoLongerMatches() {
        String id = client(uniqueName("Revalidated Freight"), null, null);
        as("admin").body(change(uniqueName("Revalidated Renamed"), 0)).put("/api/clients/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""));

        as("admin").header("If-None-Match", "\"0\"").get("/api/clients/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("version", equalTo(1));
    }

    @Test
    void aPutWhoseIfMatchNamesTheCurrentVersionIsApplied() {
        String id = client(uniqueName("Matched Freight"), null, null);
        String renamed = uniqueName("Matched Renamed");
        as("admin").header("If-Match", "\"0\"").body(change(renamed, 0)).put("/api/clients/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("legalName", equalTo(renamed));
    }

    @Test
    void aPutWhoseIfMatchIsStaleAnswers412AndChangesNothing() {
        String id = client(uniqueName("Stale Freight"), null, null);
        String first = uniqueName("Stale First");
        as("admin").body(change(first, 0)).put("/api/clients/" + id).then().statusCode(200);

        // another tab changed it meanwhile: the If-Match and the body both name the version read before
        as("admin").header("If-Match", "\"0\"").body(change(uniqueName("Stale Second"), 0)).put("/api/clients/" + id)
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:accountable:problem:precondition-failed"))
                .body("status", equalTo(412))
                .body("currentVersion", equalTo(1));
        as("admin").get("/api/clients/" + id).then().statusCode(200).body("legalName", equalTo(first)).body("version", equalTo(1));
    }

    @Test
    void anIfMatchThatDisagreesWithTheBodysVersionAnswers412AndChangesNothing() {
        String id = client(uniqueName("Disagreeing Freight"), null, null);
        String name = as("admin").get("/api/clients/" + id).then().extract().path("legalName");

        // the body is current, the If-Match is not: without the precondition this change would apply
        as("admin").header("If-Match", "\"3\"").body(change(uniqueName("Disagreeing Renamed"), 0)).put("/api/clients/" + id)
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:accountable:problem:precondition-failed"));
        as("admin").get("/api/clients/" + id).then().statusCode(200).body("legalName", equalTo(name)).body("version", equalTo(0));
    }

    @Test
    void withoutIfMatchAStaleBodyIsStillAConflict() {
        String id = client(uniqueName("Unconditional Freight"), null, null);
        as("admin").body(change(uniqueName("Unconditional First"), 0)).put("/api/clients/" + id).then().statusCode(200);
        as("admin").body(change(uniqueName("Unconditional Second"), 0)).put("/api/clients/" + id)
                .then().statusCode(409).body("type", equalTo("urn:accountable:problem:concurrent-modification"));
    }

    @Test
    void theApiDocumentsTheEtagTheConditionsAnd304And412() {
        given().accept("application/json").get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/clients/{id}'.get.parameters.name", hasItem("If-None-Match"))
                .body("paths.'/api/clients/{id}'.get.responses.keySet()", hasItems("200", "304"))
                .body("paths.'/api/clients/{id}'.get.responses.'200'.headers.keySet()", hasItem("ETag"))
                .body("paths.'/api/clients/{id}'.put.parameters.name", hasItem("If-Match"))
                .body("paths.'/api/clients/{id}'.put.responses.keySet()", hasItems("200", "409", "412"))
                .body("paths.'/api/clients/{id}'.put.responses.'412'.content.keySet()", hasItem("application/problem+json"))
                .body("paths.'/api/executives/{id}'.put.parameters.name", hasItem("If-Match"))
                // a page of clients has no version: no ETag, no 304
                .body("paths.'/api/clients'.get.responses.keySet()", not(hasItem("304")));
    }

    private static Map<String, Object> change(String legalName, int version) {
        Map<String, Object> change = newClient(legalName);
        change.put("version", version);
        return change;
    }
}
