package io.accountable.platform.problem;

import java.util.Map;
import java.util.Set;

/**
 * A failure a client can cause and understand, answered as problem+json with its status. Services
 * throw it through the factories, which keep statuses and problem types the same everywhere.
 */
public class ProblemException extends RuntimeException {

    public static final String PRECONDITION_FAILED = "precondition-failed";
    static final String STALE_VERSION = "concurrent-modification";
    public static final String IDEMPOTENCY_KEY_IN_USE = "idempotency-key-in-use";

    private final int status;
    private final String slug;
    private final String title;
    private final Map<String, Object> extensions;
    /** Seconds the client should wait before retrying (the Retry-After header), or null when a retry as it is will not help. */
    private final Integer retryAfterSeconds;

    /** RFC 9457's own members, which an extension would shadow (the body would carry the name twice). */
    private static final Set<String> STANDARD_MEMBERS = Set.of("type", "title", "status", "detail", "instance", "errors");

    protected ProblemException(int status, String slug, String title, String detail, Map<String, Object> extensions) {
        this(status, slug, title, detail, extensions, null);
    }

    private ProblemException(int status, String slug, String title, String detail, Map<String, Object> extensions,
            Integer retryAfterSeconds) {
        super(detail);
        extensions.keySet().stream().filter(STANDARD_MEMBERS::contains).findFirst().ifPresent(name -> {
            throw new IllegalArgumentException("The " + slug + " problem cannot carry a fact named " + name);
        });
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.extensions = extensions;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 400: the request cannot be read at all (its body is not UTF-8 JSON, for one). */
    public static ProblemException malformed(String detail) {
        return new ProblemException(400, "malformed-request", "Bad Request", detail, Map.of());
    }

    /** 404: no {@code what} with this id (or none the caller may see). */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", "No " + what + " with id " + id, Map.of());
    }

    /** 409: the request conflicts with the current state. */
    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(409, slug, "Conflict", detail, Map.of());
    }

    /**
     * 409: a concurrent request with the same Idempotency-Key answered first, so this one did nothing;
     * retried after {@code retryAfterSeconds} it gets that request's answer.
     */
    public static ProblemException idempotencyKeyInUse(String key, int retryAfterSeconds) {
        return new ProblemException(409, IDEMPOTENCY_KEY_IN_USE, "Conflict",
                "A concurrent request with this Idempotency-Key was answered first; retry to get its answer",
                Map.of("idempotencyKey", key), retryAfterSeconds);
    }

    /** 409: the caller changed a version of the resource that is no longer the current one. */
    public static ProblemException staleVersion(String what, Object id, long expected, long actual) {
        return new ProblemException(409, STALE_VERSION, "Concurrent modification",
                "The " + what + " " + id + " is at version " + actual + ", not " + expected + "; read it again and retry",
                Map.of("currentVersion", actual));
    }

    /** 412: the request's {@code If-Match} does not name the version it would change. */
    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, PRECONDITION_FAILED, "Precondition failed", detail, Map.of());
    }

    /**
     * This failure as the answer to a request that sent {@code If-Match}: a stale version is then the
     * precondition that failed (412), not a conflict the caller did not ask about.
     */
    ProblemException underIfMatch() {
        return slug.equals(STALE_VERSION) ? new ProblemException(412, PRECONDITION_FAILED, "Precondition failed", getMessage(), extensions) : this;
    }

    /** 422: well-formed, but a business rule refuses it; {@code facts} carry the numbers that explain why. */
    public static ProblemException ruleViolation(String slug, String detail, Map<String, Object> facts) {
        return new ProblemException(422, slug, "Rule violated", detail, facts);
    }

    /** 403: authenticated, but this is not the caller's to see or change. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, Map.of());
    }

    int status() {
        return status;
    }

    Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public Problem toProblem(String instance) {
        return new Problem(slug, title, status, getMessage(), instance, null, extensions);
    }
}
