package io.accountable.platform.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountable.platform.problem.ProblemException;
import io.accountable.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Honours the {@code Idempotency-Key} header of a POST that creates money-bearing facts: the first
 * request runs and its answer is kept in the same transaction; a retry with the same key and body
 * gets that answer again (with {@code Idempotent-Replayed: true}) and creates nothing. The same key
 * with a different body is refused. Two concurrent requests with one key cannot both create: the
 * second fails on the key's primary key and answers 409, and its retry gets the first answer.
 * Answers are kept for a retention, then forgotten ({@link io.accountable.platform.retention.Retention}).
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_KEY_LENGTH = 200;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper mapper;

    @Inject
    CurrentUser user;

    @Transactional
    public Response once(String key, Object request, Supplier<Response> create) {
        if (key == null) {
            return create.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.ruleViolation("invalid-idempotency-key",
                    HEADER + " must be 1 to " + MAX_KEY_LENGTH + " characters", Map.of("maxLength", MAX_KEY_LENGTH));
        }
        String id = sha256(user.id() + "\n" + key);
        String requestHash = sha256(json(request));
        IdempotentRequest previous = entityManager.find(IdempotentRequest.class, id);
        if (previous != null) {
            if (!previous.requestHash.equals(requestHash)) {
                throw ProblemException.ruleViolation("idempotency-key-reused",
                        "This " + HEADER + " was used before with a different request body", Map.of("idempotencyKey", key));
            }
            return replay(previous);
        }
        Response response = create.get();
        IdempotentRequest first = new IdempotentRequest();
        first.id = id;
        first.caller = user.id();
        first.idempotencyKey = key;
        first.requestHash = requestHash;
        first.status = response.getStatus();
        first.location = response.getLocation() == null ? null : response.getLocation().toString();
        first.responseBody = response.getEntity() == null ? null : json(response.getEntity());
        first.createdAt = Instant.now();
        entityManager.persist(first);
        entityManager.flush();
        return response;
    }

    private Response replay(IdempotentRequest previous) {
        try {
            Response.ResponseBuilder answer = Response.status(previous.status).header("Idempotent-Replayed", "true");
            if (previous.location != null) {
                answer.location(URI.create(previous.location));
            }
            if (previous.responseBody != null) {
                answer.entity(mapper.readTree(previous.responseBody));
            }
            return answer.build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored answer " + previous.id + " is not JSON", e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
