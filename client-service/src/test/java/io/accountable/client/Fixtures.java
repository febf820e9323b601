package io.accountable.client;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountable.devstack.DevStackTestResource;
import io.accountable.devstack.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Test data for client-service tests: unique names, so test classes sharing one database never collide. */
public final class Fixtures {

    public static final String TOPIC = "accountable.client.events";
    public static final ObjectMapper JSON = new ObjectMapper();
    static final DevTokens TOKENS = DevStackTestResource.tokens();

    private Fixtures() {
    }

    public static RequestSpecification as(String role) {
        return as(role, "test-" + role);
    }

    public static RequestSpecification as(String role, String subject) {
        return given().auth().oauth2(TOKENS.mint(role, subject)).contentType(ContentType.JSON);
    }

    public static RequestSpecification asExecutive(String executiveId) {
        return as("account-executive", executiveId);
    }

    public static RequestSpecification asManager(String managerId) {
        return as("sales-manager", managerId);
    }

    public static String executive(String name) {
        return executive(name, null);
    }

    public static String executive(String name, String managerId) {
        Map<String, Object> body = new HashMap<>(Map.of("fullName", name,
                "email", name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID() + "@firm.example",
                "region", "Northeast", "hireDate", "2024-02-01"));
        if (managerId != null) {
            body.put("managerId", managerId);
        }
        return as("admin").body(body).post("/api/executives").then().statusCode(201).extract().path("id");
    }

    /** Sets an executive's status, keeping the rest as registered. */
    public static void executiveStatus(String executiveId, String status) {
        Map<String, Object> current = as("admin").get("/api/executives/" + executiveId).then().statusCode(200).extract().as(Map.class);
        Map<String, Object> change = new HashMap<>(current);
        change.keySet().retainAll(java.util.Set.of("fullName", "email", "region", "hireDate", "managerId", "version"));
        change.put("status", status);
        as("admin").body(change).put("/api/executives/" + executiveId).then().statusCode(200);
    }

    public static Map<String, Object> newClient(String legalName) {
        return new HashMap<>(Map.of("legalName", legalName, "clientType", "CORPORATE", "industry", "Logistics",
                "segment", "Mid-market", "region", "Northeast", "country", "US",
                "identifiers", Map.of("LEI", "5493001KJTIIGC8Y1R12")));
    }

    public static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Onboards a client as admin, held by {@code executiveId} (or nobody when null), in {@code tier} (STANDARD when null). */
    public static String client(String legalName, String executiveId, String tier) {
        Map<String, Object> body = newClient(legalName);
        if (executiveId != null) {
            body.put("primaryExecutiveId", executiveId);
        }
        if (tier != null) {
            body.put("tier", tier);
        }
        return as("admin").body(body).post("/api/clients").then().statusCode(201).extract().path("id");
    }

    public static int version(String clientId) {
        return as("admin").get("/api/clients/" + clientId).then().statusCode(200).extract().path("version");
    }

    /** A new tier with a random code, so tests can set limits without touching the seeded ones. */
    public static String tier(Integer maxClientsPerExecutive) {
        String code = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", "Test " + code, "cadenceDays", 30));
        if (maxClientsPerExecutive != null) {
            body.put("maxClientsPerExecutive", maxClientsPerExecutive);
        }
        as("admin").body(body).post("/api/tiers").then().statusCode(201);
        return code;
    }

    /** A new contact of the client, added as admin. */
    public static String contact(String clientId, String fullName) {
        return as("admin").body(Map.of("fullName", fullName, "title", "CFO", "email", "cfo@client.example", "role", "DECISION_MAKER"))
                .post("/api/clients/" + clientId + "/contacts").then().statusCode(201).extract().path("id");
    }

    /** A new catalogue product with a random code in {@code productLine}, offered since 2020. */
    public static String product(String productLine) {
        String code = "P" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        as("admin").body(Map.of("code", code, "name", "Product " + code, "productLine", productLine, "effectiveFrom", "2020-01-01"))
                .post("/api/products").then().statusCode(201);
        return code;
    }

    /** Records, as admin, that the client took the product up. */
    public static void holds(String clientId, String productCode) {
        as("admin").body(Map.of("productCode", productCode)).post("/api/clients/" + clientId + "/products").then().statusCode(201);
    }

    public static JsonNode json(String value) {
        try {
            return JSON.readTree(value);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
