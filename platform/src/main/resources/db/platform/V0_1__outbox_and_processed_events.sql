-- Shared by every service (platform): the transactional outbox and the consumer's message log.
CREATE TABLE outbox_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id    CHAR(36)     NOT NULL,
    topic       VARCHAR(255) NOT NULL,
    message_key VARCHAR(255) NOT NULL,
    type        VARCHAR(255) NOT NULL,
    source      VARCHAR(255) NOT NULL,
    occurred_at TIMESTAMP(6) NOT NULL,
    payload     MEDIUMTEXT   NOT NULL
);

-- One row; the relay that holds its lock is the one draining the outbox.
CREATE TABLE outbox_relay_lock (
    name VARCHAR(32) NOT NULL PRIMARY KEY
);
INSERT INTO outbox_relay_lock (name) VALUES ('relay');

CREATE TABLE processed_event (
    event_id     CHAR(36)     NOT NULL PRIMARY KEY,
    event_type   VARCHAR(255) NOT NULL,
    processed_at TIMESTAMP(6) NOT NULL
);
