-- Append-only: the newest rating of a client is its current one.
CREATE TABLE risk_rating (
    id               CHAR(36)      NOT NULL PRIMARY KEY,
    client_id        CHAR(36)      NOT NULL,
    executive_id     CHAR(36),
    rating           VARCHAR(8)    NOT NULL,
    reason           VARCHAR(1000) NOT NULL,
    next_review_date DATE          NOT NULL,
    rated_by         VARCHAR(100)  NOT NULL,
    rated_at         TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_risk_rating_client FOREIGN KEY (client_id) REFERENCES client (id)
);
CREATE INDEX ix_risk_rating_client ON risk_rating (client_id, rated_at);

CREATE TABLE retention_flag (
    id           CHAR(36)      NOT NULL PRIMARY KEY,
    client_id    CHAR(36)      NOT NULL,
    executive_id CHAR(36)      NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    act_by       DATE          NOT NULL,
    flagged_by   VARCHAR(100)  NOT NULL,
    flagged_at   TIMESTAMP(6)  NOT NULL,
    action_taken VARCHAR(1000),
    acted_at     TIMESTAMP(6),
    version      BIGINT        NOT NULL,
    CONSTRAINT fk_retention_flag_client FOREIGN KEY (client_id) REFERENCES client (id)
);
CREATE INDEX ix_retention_flag_executive ON retention_flag (executive_id, acted_at);
