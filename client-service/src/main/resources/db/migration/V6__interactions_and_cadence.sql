CREATE TABLE interaction (
    id             CHAR(36)      NOT NULL PRIMARY KEY,
    client_id      CHAR(36)      NOT NULL,
    executive_id   CHAR(36)      NOT NULL,
    kind           VARCHAR(16)   NOT NULL,
    occurred_at    TIMESTAMP(6)  NOT NULL,
    occurred_on    DATE          NOT NULL,
    summary        VARCHAR(2000) NOT NULL,
    outcome        VARCHAR(1000),
    follow_up_date DATE,
    follow_up_done BOOLEAN       NOT NULL,
    created_at     TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_interaction_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_interaction_executive FOREIGN KEY (executive_id) REFERENCES executive (id)
);
CREATE INDEX ix_interaction_client_on ON interaction (client_id, occurred_on);
CREATE INDEX ix_interaction_follow_up ON interaction (executive_id, follow_up_done, follow_up_date);

CREATE TABLE interaction_contact (
    interaction_id CHAR(36) NOT NULL,
    contact_id     CHAR(36) NOT NULL,
    PRIMARY KEY (interaction_id, contact_id),
    CONSTRAINT fk_interaction_contact_interaction FOREIGN KEY (interaction_id) REFERENCES interaction (id),
    CONSTRAINT fk_interaction_contact_contact FOREIGN KEY (contact_id) REFERENCES contact (id)
);

-- One row per stretch of time a client went uncontacted past its tier's cadence. open_client_id is
-- the client id while the episode is open and NULL once an interaction ended it: its unique key
-- allows one open episode per client, even with several replicas running the check.
CREATE TABLE contact_overdue_episode (
    id                    CHAR(36)     NOT NULL PRIMARY KEY,
    client_id             CHAR(36)     NOT NULL,
    open_client_id        CHAR(36),
    executive_id          CHAR(36)     NOT NULL,
    tier_code             VARCHAR(32)  NOT NULL,
    cadence_days          INT          NOT NULL,
    last_interaction_date DATE,
    overdue_since         DATE         NOT NULL,
    detected_at           TIMESTAMP(6) NOT NULL,
    ended_at              TIMESTAMP(6),
    ended_by_interaction  CHAR(36),
    CONSTRAINT uk_overdue_open_client UNIQUE (open_client_id),
    CONSTRAINT fk_overdue_client FOREIGN KEY (client_id) REFERENCES client (id)
);
CREATE INDEX ix_overdue_client ON contact_overdue_episode (client_id);
