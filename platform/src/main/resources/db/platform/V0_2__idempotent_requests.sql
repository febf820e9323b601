-- Shared by every service (platform): answers to POSTs made with an Idempotency-Key.
CREATE TABLE idempotent_request (
    id              CHAR(64)      NOT NULL PRIMARY KEY,
    caller          VARCHAR(200)  NOT NULL,
    idempotency_key VARCHAR(200)  NOT NULL,
    request_hash    CHAR(64)      NOT NULL,
    status          INT           NOT NULL,
    location        VARCHAR(1000),
    response_body   MEDIUMTEXT,
    created_at      TIMESTAMP(6)  NOT NULL
);
