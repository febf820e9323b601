package io.accountable.client;

import static io.accountable.client.Fixtures.as;
import static io.accountable.client.Fixtures.newClient;
import static io.accountable.client.Fixtures.uniqueName;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.accountable.devstack.DevStackTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/**
 * The platform's CORS policy, as a browser applies it: the test profile allows one local dev-server
 * origin (platform's microprofile-config.properties), as ACCOUNTABLE_CORS_ORIGINS would.
 */
@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class CorsTest {

    private static final String ALLOWED = "http://127.0.0.1:5173";
    private static final String ELSEWHERE = "https://evil.example";

    @Test
    void aPreflightFromAnAllowedOriginMaySendTheTokenTheKeyAndTheConditions() {
        preflight(ALLOWED, "PUT", "authorization,content-type,if-match")
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED))
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"))
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"))
                .header("Access-Control-Allow-Headers", containsString("If-None-Match"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"));
    }

    @Test
    void aPreflightFromAnotherOriginGetsNoCorsHeader() {
        preflight(ELSEWHERE, "POST", "authorization,content-type")
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue())
                .header("Access-Control-Allow-Headers", nullValue());
    }

    @Test
    void anAllowedOriginMayReadTheVersionTheLocationAndTheReplayHeader() {
        as("admin").header("Origin", ALLOWED).body(newClient(uniqueName("Cors Freight"))).post("/api/clients")
                .then().statusCode(201)
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Location"))
                .header("Access-Control-Expose-Headers", containsString("Retry-After"))
                .header("Access-Control-Expose-Headers", containsString("Idempotent-Replayed"));
    }

    @Test
    void aRequestFromAnotherOriginIsRefusedWithoutCorsHeadersAndCreatesNothing() {
        String name = uniqueName("Refused Freight");
        as("admin").header("Origin", ELSEWHERE).body(newClient(name)).post("/api/clients")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Expose-Headers", nullValue());
        as("admin").queryParam("name", name).get("/api/clients").then().statusCode(200).body("totalItems", equalTo(0));
    }

    private static ValidatableResponse preflight(String origin, String method, String headers) {
        return given().header("Origin", origin)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", headers)
                .options("/api/clients").then();
    }
}
