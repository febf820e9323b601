-- Business entertainment the firm's people host and attend (append-only). Not counted toward the
-- gift limit, but flagged when too frequent or too costly for one recipient in the window.
ALTER TABLE gift_policy
    ADD COLUMN entertainment_max_events INT NOT NULL DEFAULT 6,
    ADD COLUMN entertainment_max_per_attendee_amount DECIMAL(19,4) NOT NULL DEFAULT 250.0000;

CREATE TABLE entertainment (
    id                    CHAR(36)      NOT NULL PRIMARY KEY,
    event_date            DATE          NOT NULL,
    purpose               VARCHAR(500)  NOT NULL,
    business_relationship VARCHAR(500)  NOT NULL,
    venue                 VARCHAR(300)  NOT NULL,
    currency              CHAR(3)       NOT NULL,
    total_cost            DECIMAL(19,4) NOT NULL,
    rate_to_usd           DECIMAL(19,8) NOT NULL,
    total_cost_usd        DECIMAL(19,4) NOT NULL,
    per_person_usd        DECIMAL(19,4) NOT NULL,
    flag_reason           VARCHAR(1000),
    recorded_by           VARCHAR(200)  NOT NULL,
    recorded_at           TIMESTAMP(6)  NOT NULL,
    INDEX entertainment_date (event_date)
);

CREATE TABLE entertainment_host (
    entertainment_id CHAR(36) NOT NULL,
    executive_id     CHAR(36) NOT NULL,
    PRIMARY KEY (entertainment_id, executive_id)
);

CREATE TABLE entertainment_attendee (
    id               CHAR(36)     NOT NULL PRIMARY KEY,
    entertainment_id CHAR(36)     NOT NULL,
    position         INT          NOT NULL,
    recipient_id     CHAR(36)     NOT NULL,
    contact_id       CHAR(36),
    full_name        VARCHAR(200) NOT NULL,
    employer_name    VARCHAR(300) NOT NULL,
    event_date       DATE         NOT NULL,
    INDEX entertainment_attendee_recipient (recipient_id, event_date)
);
