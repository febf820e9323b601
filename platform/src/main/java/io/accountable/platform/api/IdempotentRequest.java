package io.accountable.platform.api;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The first answer to a POST made with an Idempotency-Key, kept to answer its retries. */
@Entity
@Table(name = "idempotent_request")
public class IdempotentRequest {

    /** SHA-256 of caller and key: one caller's key never collides with another caller's. */
    @Id
    @Column(length = 64)
    public String id;

    @Column(nullable = false)
    public String caller;

    @Column(name = "idempotency_key", nullable = false)
    public String idempotencyKey;

    @Column(name = "request_hash", nullable = false, length = 64)
    public String requestHash;

    @Column(nullable = false)
    public int status;

    public String location;

    @Column(name = "response_body", columnDefinition = "MEDIUMTEXT")
    public String responseBody;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
