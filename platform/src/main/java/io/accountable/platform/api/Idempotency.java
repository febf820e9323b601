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
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * Honours the {@code Idempotency-Key} header of a POST that creates money-bearing facts: the first
 * request runs and its answer is kept in the same transaction; a retry with the same key and body
 * gets that answer again (with {@code Idempotent-Replayed: true}) and creates nothing. The same key
 * with a different body is refused. Two concurrent requests with one key cannot both create: the
 * second finds the key taken when it writes its answer, is rolled back (nothing it did is kept) and
 * answers 409 {@code idempotency-key-in-use} with {@code Retry-After}; its retry gets the first answer.
 * Answers are kept for a retention, then forgotten ({@link io.accountable.platform.retention.Retention}).
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_KEY_LENGTH = 200;
    /** The request that answered first has committed by the time the loser answers, so a retry a second later finds its answer. */
    public static final int IN_USE_RETRY_AFTER_SECONDS = 1;

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
        if (!keep(id, key, requestHash, response)) {
            throw ProblemException.idempotencyKeyInUse(key, IN_USE_RETRY_AFTER_SECONDS);
        }
        return response;
    }

    /**
     * Keeps the answer unless a concurrent request with the key kept one first. INSERT IGNORE waits
     * for that request's transaction and then skips the duplicate (0 rows) instead of failing on the
     * primary key: a duplicate key is an expected outcome here, not an error for Hibernate to log.
     */
    private boolean keep(String id, String key, String requestHash, Response response) {
        return entityManager.createNativeQuery("""
                INSERT IGNORE INTO idempotent_request
                    (id, caller, idempotency_key, request_hash, status, location, response_body, created_at)
                VALUES (:id, :caller, :key, :requestHash, :status, :location, :responseBody, :createdAt)""")
                .unwrap(NativeQuery.class)
                .setParameter("id", id)
                .setParameter("caller", user.id())
                .setParameter("key", key)
                .setParameter("requestHash", requestHash)
                .setParameter("status", response.getStatus())
                .setParameter("location", response.getLocation() == null ? null : response.getLocation().toString(), StandardBasicTypes.STRING)
                .setParameter("responseBody", response.getEntity() == null ? null : json(response.getEntity()), StandardBasicTypes.STRING)
                .setParameter("createdAt", Instant.now(), StandardBasicTypes.INSTANT)
                .executeUpdate() == 1;
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
