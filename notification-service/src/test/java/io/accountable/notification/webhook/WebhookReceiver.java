package io.accountable.notification.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP endpoint for webhook tests: answers 500 to the first {@code failures} requests, then 204. */
final class WebhookReceiver implements AutoCloseable {

    record Received(Map<String, String> headers, String body, int answered) {
    }

    private final HttpServer server;
    private final AtomicInteger failuresLeft;
    final List<Received> received = new CopyOnWriteArrayList<>();

    WebhookReceiver(int failures) {
        failuresLeft = new AtomicInteger(failures);
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hooks", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = failuresLeft.getAndDecrement() > 0 ? 500 : 204;
            Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
            received.add(new Received(headers, body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    void failNext(int failures) {
        failuresLeft.set(failures);
    }

    List<Received> about(String eventId) {
        return received.stream().filter(request -> request.body().contains("\"id\":\"" + eventId + "\"")).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
