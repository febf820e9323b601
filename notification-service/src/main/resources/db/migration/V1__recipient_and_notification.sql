-- Read model of client-service's executive directory: who can be notified, and their manager.
CREATE TABLE recipient (
    id             CHAR(36)     NOT NULL PRIMARY KEY,
    full_name      VARCHAR(200) NOT NULL,
    email          VARCHAR(254) NOT NULL,
    manager_id     CHAR(36),
    status         VARCHAR(16)  NOT NULL,
    source_version BIGINT       NOT NULL,
    updated_at     TIMESTAMP(6) NOT NULL
);

CREATE TABLE notification (
    id           CHAR(36)     NOT NULL PRIMARY KEY,
    recipient_id VARCHAR(100) NOT NULL,
    event_id     CHAR(36)     NOT NULL,
    event_type   VARCHAR(255) NOT NULL,
    title        VARCHAR(300) NOT NULL,
    body         TEXT         NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    read_at      TIMESTAMP(6) NULL,
    -- one notification per recipient per event, whatever is replayed
    CONSTRAINT uk_notification_event UNIQUE (recipient_id, event_id)
);
CREATE INDEX ix_notification_inbox ON notification (recipient_id, created_at);
