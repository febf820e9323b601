package io.accountable.client.executive;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.accountable.devstack.DevStackTestResource;
import io.accountable.devstack.DevTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class ExecutiveResourceTest {

    static final DevTokens TOKENS = DevStackTestResource.tokens();

    static RequestSpecification as(String role) {
        return given().auth().oauth2(TOKENS.mint(role, "test-" + role)).contentType(ContentType.JSON);
    }

    static Map<String, Object> newExecutive(String name) {
        return Map.of("fullName", name, "email", name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID() + "@firm.example",
                "region", "Northeast", "hireDate", "2024-02-01");
    }

    static String register(Map<String, Object> body) {
        return as("admin").body(body).post("/api/executives").then().statusCode(201).extract().path("id");
    }

    @Test
    void registersAnExecutiveAndReadsItBack() {
        String location = as("admin").body(newExecutive("Dana Whitfield"))
                .post("/api/executives")
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .header("ETag", equalTo("\"0\""))
                .body("id", notNullValue())
                .body("status", equalTo("ACTIVE"))
                .body("version", equalTo(0))
                .extract().header("Location");

        as("account-executive").get(location)
                .then().statusCode(200)
                .body("fullName", equalTo("Dana Whitfield"))
                .body("hireDate", equalTo("2024-02-01"));
    }

    @Test
    void listsExecutivesFilteredAndPaged() {
        String region = "Region-" + UUID.randomUUID();
        for (String name : new String[] { "Ann Able", "Ben Baker", "Cy Carter" }) {
            Map<String, Object> body = new java.util.HashMap<>(newExecutive(name));
            body.put("region", region);
            register(body);
        }
        as("sales-manager").queryParam("region", region).queryParam("size", 2).get("/api/executives")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.fullName", containsInAnyOrder("Ann Able", "Ben Baker"))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2));
        as("sales-manager").queryParam("region", region).queryParam("page", 1).queryParam("size", 2).get("/api/executives")
                .then().statusCode(200).body("items.fullName", containsInAnyOrder("Cy Carter"));
    }

    @Test
    void changesWithTheCurrentVersionAndRefusesAStaleOne() {
        String id = register(newExecutive("Eve Evans"));
        Map<String, Object> change = new java.util.HashMap<>(newExecutive("Eve Evans-Moore"));
        change.put("status", "ON_LEAVE");
        change.put("version", 0);
        as("admin").body(change).put("/api/executives/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("fullName", equalTo("Eve Evans-Moore"))
                .body("status", equalTo("ON_LEAVE"))
                .body("version", equalTo(1));

        as("admin").body(change).put("/api/executives/" + id)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:accountable:problem:concurrent-modification"))
                .body("currentVersion", equalTo(1));
    }

    @Test
    void managerMustExistAndTheReportingLineMustNotLoop() {
        Map<String, Object> body = new java.util.HashMap<>(newExecutive("Fay Fox"));
        body.put("managerId", UUID.randomUUID().toString());
        as("admin").body(body).post("/api/executives")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:accountable:problem:unknown-manager"));

        String manager = register(newExecutive("Gil Grant"));
        body.put("managerId", manager);
        String report = register(body);
        Map<String, Object> loop = new java.util.HashMap<>(newExecutive("Gil Grant"));
        loop.put("managerId", report);
        loop.put("status", "ACTIVE");
        loop.put("version", 0);
        as("admin").body(loop).put("/api/executives/" + manager)
                .then().statusCode(422)
                .body("type", equalTo("urn:accountable:problem:reporting-cycle"));
    }

    @Test
    void aTakenEmailIsAConflict() {
        Map<String, Object> body = newExecutive("Hal Hart");
        register(body);
        as("admin").body(body).post("/api/executives")
                .then().statusCode(409)
                .body("type", equalTo("urn:accountable:problem:email-taken"));
    }

    @Test
    void invalidInputIsAProblemWithFieldErrorsAndWritesNothing() {
        long before = total();
        as("admin").body(Map.of("fullName", "", "email", "not-an-email"))
                .post("/api/executives")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:accountable:problem:validation"))
                .body("status", equalTo(400))
                .body("errors.field", containsInAnyOrder("fullName", "email", "hireDate"));

        as("admin").body("{\"fullName\": \"Ida\", \"email\": \"ida@firm.example\", \"hireDate\": \"yesterday\"}")
                .post("/api/executives")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("hireDate"));

        as("admin").body("{not json").post("/api/executives")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:accountable:problem:malformed-request"));

        as("admin").queryParam("size", 1000).get("/api/executives")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("size"));

        org.junit.jupiter.api.Assertions.assertEquals(before, total());
    }

    @Test
    void unknownIdsAreNotFound() {
        as("admin").get("/api/executives/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:accountable:problem:not-found"));
        as("admin").get("/api/executives/not-a-uuid").then().statusCode(404);
    }

    @Test
    void requiresAValidTokenAndTheRightRole() {
        given().contentType(ContentType.JSON).body(newExecutive("Jo Jones")).post("/api/executives")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().auth().oauth2(TOKENS.mint("admin", "someone", Duration.ofMinutes(-10))).get("/api/executives")
                .then().statusCode(401);
        as("account-executive").body(newExecutive("Jo Jones")).post("/api/executives")
                .then().statusCode(403)
                .contentType("application/problem+json");
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void healthReportsTheEventConsumerOfComplianceGifts() {
        given().get("/q/health").then().statusCode(200)
                .body("checks.find { it.name == 'event-consumer' }.status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void theApiDocumentsItsProblemsAndSecurity() {
        given().accept("application/json").get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/executives'.post.responses.'401'.$ref", equalTo("#/components/responses/Unauthenticated"))
                .body("components.responses.Unauthenticated.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/UnauthenticatedProblem"))
                .body("components.responses.InvalidRequest.content.'application/problem+json'.schema.anyOf.$ref",
                        org.hamcrest.Matchers.hasItem("#/components/schemas/ValidationProblem"))
                .body("paths.'/api/executives'.post.responses.keySet()", org.hamcrest.Matchers.hasItems("201", "400", "401", "403", "409", "422", "500"))
                .body("paths.'/api/executives'.post.security", notNullValue())
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
    }

    private static long total() {
        return ((Number) as("admin").get("/api/executives").then().statusCode(200).extract().path("totalItems")).longValue();
    }
}
