package io.accountable.system;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * HTTP exactly as given: any method, any bytes (invalid UTF-8 included), any content type or none.
 * REST Assured would re-encode a body or add a content type; these tests must send what a hostile
 * or broken client sends.
 */
final class RawHttp {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** A request; {@code target} is the path with its query, {@code body} null for none. */
    record Call(String method, String target, String contentType, byte[] body, Map<String, String> headers) {

        static Call of(String method, String target) {
            return new Call(method, target, null, null, Map.of());
        }

        Call withBody(String contentType, byte[] body) {
            return new Call(method, target, contentType, body, headers);
        }

        Call withHeaders(Map<String, String> more) {
            return new Call(method, target, contentType, body, more);
        }

        @Override
        public String toString() {
            String shown = body == null ? "no body" : body.length > 300
                    ? body.length + " bytes: " + new String(body, 0, 300, StandardCharsets.UTF_8) + "…"
                    : new String(body, StandardCharsets.UTF_8);
            return method + " " + target + (headers.isEmpty() ? "" : " " + headers) + " [" + contentType + "] " + shown;
        }
    }

    record Reply(int status, String contentType, byte[] body) {

        /** The body as JSON, or null when it is not JSON. */
        JsonNode json() {
            try {
                return body.length == 0 ? null : OpenApiContract.JSON.readTree(body);
            } catch (IOException notJson) {
                return null;
            }
        }

        /**
         * What is wrong with this error response's RFC 9457 shape, or null when nothing is: an
         * application/problem+json body whose {@code status} is the response's and with a {@code type}.
         */
        String problemShapeError() {
            if (contentType == null || !contentType.startsWith("application/problem+json")) {
                return "content type is " + contentType + ", not application/problem+json";
            }
            JsonNode problem = json();
            if (problem == null || !problem.isObject()) {
                return "body is not a JSON object";
            }
            if (problem.path("status").asInt(-1) != status) {
                return "\"status\" is " + problem.get("status") + ", not " + status;
            }
            if (problem.path("type").asText("").isBlank()) {
                return "no \"type\"";
            }
            return null;
        }

        @Override
        public String toString() {
            String text = new String(body, StandardCharsets.UTF_8);
            return status + " [" + contentType + "] " + (text.length() > 400 ? text.substring(0, 400) + "…" : text);
        }
    }

    Reply send(URI base, Call call, String bearerToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(call.target()))
                .timeout(TIMEOUT)
                .method(call.method(), call.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(call.body()));
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        if (call.contentType() != null) {
            request.header("Content-Type", call.contentType());
        }
        call.headers().forEach(request::header);
        try {
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            try (InputStream body = response.body()) {
                // a live stream (the notification inbox) never ends: its status and type are the answer
                boolean stream = contentType != null && contentType.startsWith("text/event-stream");
                return new Reply(response.statusCode(), contentType, stream ? new byte[0] : body.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("No answer to " + call, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending " + call, e);
        }
    }
}
