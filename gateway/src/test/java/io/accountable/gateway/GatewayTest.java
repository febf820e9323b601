package io.accountable.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(Backends.class)
class GatewayTest {

    @Inject
    GatewayConfig config;

    @Test
    void eachPrefixReachesItsServiceWithPathQueryBodyAndToken() {
        given().auth().oauth2("a-token").queryParam("status", "ACTIVE").get("/api/clients/7/contacts")
                .then().statusCode(200)
                .body("service", equalTo("client-service"))
                .body("method", equalTo("GET"))
                .body("uri", equalTo("/api/clients/7/contacts?status=ACTIVE"))
                .body("authorization", equalTo("Bearer a-token"));
        given().get("/api/sales").then().statusCode(200).body("service", equalTo("quota-service"));
        given().get("/api/gifts/1").then().statusCode(200).body("service", equalTo("compliance-service"));
        given().contentType("application/json").body("{\"read\":true}").put("/api/notifications/3")
                .then().statusCode(200).body("service", equalTo("notification-service")).body("body", equalTo("{\"read\":true}"));
    }

    @Test
    void theServiceIsToldTheGatewaysUrlSoLocationNamesIt() {
        int before = Backends.received("client-service");
        given().contentType("application/json").header("X-Forwarded-Host", "spoofed.example").body("{}").post("/api/clients")
                .then().statusCode(201)
                .body("forwardedProto", equalTo("http"))
                .body("forwardedHost", startsWith("localhost:"))
                .header("Location", startsWith("http://localhost:"));
        assertEquals(before + 1, Backends.received("client-service"), "the POST reached the service exactly once");
    }

    @Test
    void anUnknownRouteIsA404Problem() {
        given().get("/api/nothing-here").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:accountable:problem:not-found"))
                .body("instance", equalTo("/api/nothing-here"));
        given().get("/elsewhere").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aServiceThatIsDownIsA503ProblemAndThePostIsNotRepeated() {
        Backends.stop("quota-service");
        try {
            int before = Backends.received("quota-service");
            given().contentType("application/json").body("{}").post("/api/sales")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", equalTo("5"))
                    .body("type", equalTo("urn:accountable:problem:unavailable"))
                    .body("instance", equalTo("/api/sales"));
            given().get("/api/clients/1").then().statusCode(200);
            Backends.restart("quota-service");
            given().get("/api/sales").then().statusCode(200);
            assertEquals(before + 1, Backends.received("quota-service"), "only the GET after the restart reached it");
        } finally {
            Backends.restart("quota-service");
        }
    }

    @Test
    void oneDocumentDescribesTheFourApis() {
        given().get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("Accountable API"))
                .body("servers[0].url", equalTo("/"))
                .body("paths", hasKey("/api/clients/{id}"))
                .body("paths", hasKey("/api/sales"))
                .body("paths", hasKey("/api/gifts"))
                .body("paths", hasKey("/api/notifications"))
                .body("components.securitySchemes", hasKey("bearer"))
                .body("components.schemas", hasKey("ValidationProblem"))
                // client- and quota-service each have a Money of their own shape
                .body("components.schemas", hasKey("Money"))
                .body("components.schemas", hasKey("QuotaMoney"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    /**
     * The merged document of the services' exported ones, exported in turn beside them: nginx serves it
     * in docker-compose, where no gateway merges. It must be what this gateway answers.
     */
    @Test
    void theMergedDocumentIsExportedForNginx() throws IOException {
        Map<String, JsonObject> documents = new LinkedHashMap<>();
        for (String service : new TreeSet<>(Backends.SERVICES)) {
            documents.put(service, new JsonObject(Files.readString(Path.of("..", "docs", "openapi", service + ".json"))));
        }
        JsonObject merged = OpenApiMerge.merge(documents);
        assertEquals(merged, new JsonObject(given().get("/q/openapi").then().statusCode(200).extract().asString()));
        Files.writeString(Path.of("..", "docs", "openapi", "accountable.json"), merged.encodePrettily() + "\n");
    }

    @Test
    void theRoutesCoverEveryPathOfEveryServicesDocument() throws IOException {
        for (String service : Backends.SERVICES) {
            List<String> prefixes = config.services().get(service).prefixes();
            JsonObject document = new JsonObject(Files.readString(Path.of("..", "docs", "openapi", service + ".json")));
            for (String path : document.getJsonObject("paths").fieldNames()) {
                assertTrue(prefixes.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/")),
                        path + " of " + service + " has no route in the gateway");
            }
        }
    }
}
