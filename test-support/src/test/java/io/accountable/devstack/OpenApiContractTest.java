package io.accountable.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The judge of responses against the exported documents, on the documents themselves. */
class OpenApiContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Function<String, String> ALL_HEADERS = name -> "1";
    private static final Function<String, String> NO_HEADERS = name -> null;
    private static final String PROBLEM = "application/problem+json";

    private static String overLimit(String used) {
        return """
                {"type":"urn:accountable:problem:gift-over-limit","title":"Rule violated","status":422,
                 "detail":"Over the limit","instance":"/api/gifts","recipientId":"3f6c1c52-8c3e-4c1d-9a57-5b0e2f1d7a10",
                 "value":{"amount":"30.00","currency":"USD"},"limit":{"amount":"100.00","currency":"USD"},
                 "used":%s,"remaining":{"amount":"20.00","currency":"USD"},
                 "windowStart":"2026-01-01","windowEnd":"2026-12-31"}""".formatted(used);
    }

    @Test
    void aResponseTheDocumentAllowsPasses() {
        OpenApiContract compliance = OpenApiContract.of("compliance-service");
        assertEquals(List.of(), compliance.mismatches("POST", "/api/gifts", 422, PROBLEM, NO_HEADERS,
                overLimit("{\"amount\":\"80.00\",\"currency\":\"USD\"}")));
    }

    @Test
    void aWrongBodyStatusMediaTypeOrMissingHeaderFails() {
        OpenApiContract compliance = OpenApiContract.of("compliance-service");
        List<String> wrongBody = compliance.mismatches("POST", "/api/gifts", 422, PROBLEM, NO_HEADERS, overLimit("80"));
        assertTrue(wrongBody.stream().anyMatch(m -> m.contains("used")), wrongBody.toString());
        List<String> missingMember = compliance.mismatches("POST", "/api/gifts", 422, PROBLEM, NO_HEADERS,
                "{\"type\":\"urn:accountable:problem:gift-over-limit\",\"title\":\"Rule violated\",\"status\":422,"
                        + "\"detail\":\"Over\",\"instance\":\"/api/gifts\"}");
        assertTrue(!missingMember.isEmpty(), "a gift-over-limit problem without its members must not pass");
        assertTrue(compliance.mismatches("POST", "/api/gifts", 418, PROBLEM, NO_HEADERS, "{}").get(0).contains("not documented"));
        assertTrue(compliance.mismatches("POST", "/api/gifts", 422, "text/plain", NO_HEADERS, "over").get(0).contains("media type"));
        String busy = "{\"type\":\"urn:accountable:problem:busy\",\"title\":\"Service busy\",\"status\":503,"
                + "\"detail\":\"Busy\",\"instance\":\"/api/gifts\"}";
        assertEquals(List.of(), compliance.mismatches("GET", "/api/gifts", 503, PROBLEM, ALL_HEADERS, busy));
        assertTrue(compliance.mismatches("GET", "/api/gifts", 503, PROBLEM, NO_HEADERS, busy).get(0).contains("Retry-After"));
    }

    @Test
    void theFrameworksOwnEndpointsAreNotJudged() {
        assertEquals(List.of(), OpenApiContract.of("compliance-service").mismatches("GET", "/q/health/ready", 200,
                "application/json", NO_HEADERS, "{\"status\":\"UP\"}"));
    }

    /** Every example an error response shows in Swagger UI is an answer its own document allows. */
    @Test
    void everyDocumentedExampleConformsToItsOwnSchema() throws IOException {
        List<String> mismatches = new ArrayList<>();
        for (String service : List.of("client-service", "quota-service", "compliance-service", "notification-service")) {
            OpenApiContract contract = OpenApiContract.of(service);
            JsonNode document = JSON.readTree(Files.readString(docs().resolve(service + ".json")));
            for (Map.Entry<String, JsonNode> path : iterable(document.path("paths"))) {
                String concrete = path.getKey().replaceAll("\\{[^}]+}", "3f6c1c52-8c3e-4c1d-9a57-5b0e2f1d7a10");
                for (Map.Entry<String, JsonNode> operation : iterable(path.getValue())) {
                    for (Map.Entry<String, JsonNode> response : iterable(operation.getValue().path("responses"))) {
                        JsonNode resolved = response.getValue().has("$ref")
                                ? document.at(response.getValue().get("$ref").asText().substring(1)) : response.getValue();
                        for (Map.Entry<String, JsonNode> media : iterable(resolved.path("content"))) {
                            for (Map.Entry<String, JsonNode> example : iterable(media.getValue().path("examples"))) {
                                mismatches.addAll(contract.mismatches(operation.getKey().toUpperCase(), concrete,
                                        Integer.parseInt(response.getKey()), media.getKey(), ALL_HEADERS,
                                        JSON.writeValueAsString(example.getValue().get("value"))));
                            }
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), mismatches);
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }

    private static Path docs() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs").resolve("openapi"))) {
                return dir.resolve("docs").resolve("openapi");
            }
        }
        throw new IllegalStateException("no docs/openapi");
    }
}
