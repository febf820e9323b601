package io.accountable.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Four small real HTTP servers in the services' places. Each serves its service's exported API
 * document (docs/openapi) and answers every other request with what it received, so a test sees
 * what the gateway forwarded; a POST answers 201 with a Location built from the forwarded headers,
 * as a service with quarkus.http.proxy.* does.
 */
public class Backends implements QuarkusTestResourceLifecycleManager {

    static final List<String> SERVICES = List.of("client-service", "quota-service", "compliance-service", "notification-service");
    private static final Map<String, HttpServer> RUNNING = new ConcurrentHashMap<>();
    private static final Map<String, Integer> PORTS = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> RECEIVED = new ConcurrentHashMap<>();

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        for (String service : SERVICES) {
            RECEIVED.put(service, new AtomicInteger());
            start(service, 0);
            config.put("accountable.gateway.services." + service + ".url", "http://localhost:" + PORTS.get(service));
        }
        return config;
    }

    @Override
    public void stop() {
        SERVICES.forEach(Backends::stop);
    }

    /** Requests the service received, other than for its API document. */
    static int received(String service) {
        return RECEIVED.get(service).get();
    }

    static void stop(String service) {
        HttpServer server = RUNNING.remove(service);
        if (server != null) {
            server.stop(0);
        }
    }

    /** Starts it again, on the port it had, unless it runs. */
    static void restart(String service) {
        if (!RUNNING.containsKey(service)) {
            start(service, PORTS.get(service));
        }
    }

    private static void start(String service, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
            server.createContext("/", exchange -> answer(service, exchange));
            server.start();
            RUNNING.put(service, server);
            PORTS.put(service, server.getAddress().getPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answer(String service, HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/q/openapi")) {
                send(exchange, 200, Files.readString(Path.of("..", "docs", "openapi", service + ".json")));
                return;
            }
            RECEIVED.get(service).incrementAndGet();
            var headers = exchange.getRequestHeaders();
            JsonObject echo = new JsonObject()
                    .put("service", service)
                    .put("method", exchange.getRequestMethod())
                    .put("uri", exchange.getRequestURI().toString())
                    .put("authorization", headers.getFirst("Authorization"))
                    .put("forwardedHost", headers.getFirst("X-Forwarded-Host"))
                    .put("forwardedProto", headers.getFirst("X-Forwarded-Proto"))
                    .put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            int status = 200;
            if (exchange.getRequestMethod().equals("POST")) {
                exchange.getResponseHeaders().set("Location",
                        headers.getFirst("X-Forwarded-Proto") + "://" + headers.getFirst("X-Forwarded-Host") + path + "/42");
                status = 201;
            }
            send(exchange, status, echo.encode());
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
