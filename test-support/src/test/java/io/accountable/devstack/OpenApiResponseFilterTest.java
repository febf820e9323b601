package io.accountable.devstack;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The filter every REST Assured call of the tests goes through, against a server that answers what it is told to. */
class OpenApiResponseFilterTest {

    private static final String GIFT = "/api/gifts/3f6c1c52-8c3e-4c1d-9a57-5b0e2f1d7a10";

    private HttpServer server;
    private volatile int status;
    private volatile String contentType;
    private volatile String body;
    private volatile String retryAfter;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", contentType);
            if (retryAfter != null) {
                exchange.getResponseHeaders().add("Retry-After", retryAfter);
            }
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(int status, String contentType, String body, String retryAfter) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
        this.retryAfter = retryAfter;
    }

    private int get() {
        return given().baseUri("http://127.0.0.1:" + server.getAddress().getPort())
                .filter(new OpenApiResponseFilter(OpenApiContract.of("compliance-service")))
                .get(GIFT).statusCode();
    }

    @Test
    void aDeliberatelyWrongResponseFailsTheCallThatReceivedIt() {
        answer(200, "application/json", "{\"id\": 5}", null);
        AssertionError wrong = assertThrows(AssertionError.class, this::get);
        assertTrue(wrong.getMessage().contains("GET /api/gifts/{id} → 200 (compliance-service)"), wrong.getMessage());

        answer(503, "application/problem+json", busy(), null);
        AssertionError noRetryAfter = assertThrows(AssertionError.class, this::get);
        assertTrue(noRetryAfter.getMessage().contains("Retry-After"), noRetryAfter.getMessage());
    }

    @Test
    void aResponseTheDocumentAllowsPassesUnchanged() {
        answer(503, "application/problem+json", busy(), "2");
        assertEquals(503, get());
    }

    private static String busy() {
        return "{\"type\":\"urn:accountable:problem:busy\",\"title\":\"Service busy\",\"status\":503,"
                + "\"detail\":\"Busy\",\"instance\":\"" + GIFT + "\"}";
    }
}
