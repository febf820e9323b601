-- Pre-clearances: asked before giving, decided automatically by value band (append-only; a
-- review decision is recorded beside it, never over it).
CREATE TABLE preclearance (
    id             CHAR(36)      NOT NULL PRIMARY KEY,
    requested_by   VARCHAR(200)  NOT NULL,
    planned_date   DATE          NOT NULL,
    description    VARCHAR(500)  NOT NULL,
    category       VARCHAR(40)   NOT NULL,
    currency       CHAR(3)       NOT NULL,
    estimated_value DECIMAL(19,4) NOT NULL,
    rate_to_usd    DECIMAL(19,8) NOT NULL,
    value_usd      DECIMAL(19,4) NOT NULL,
    paid_by        VARCHAR(16)   NOT NULL,
    decision       VARCHAR(16)   NOT NULL,
    reason         VARCHAR(1000) NOT NULL,
    valid_until    DATE          NOT NULL,
    decided_at     TIMESTAMP(6)  NOT NULL
);

CREATE TABLE preclearance_giver (
    preclearance_id CHAR(36) NOT NULL,
    executive_id    CHAR(36) NOT NULL,
    PRIMARY KEY (preclearance_id, executive_id)
);

CREATE TABLE preclearance_recipient (
    id              CHAR(36)      NOT NULL PRIMARY KEY,
    preclearance_id CHAR(36)      NOT NULL,
    position        INT           NOT NULL,
    recipient_id    CHAR(36)      NOT NULL,
    contact_id      CHAR(36),
    recipient_name  VARCHAR(200)  NOT NULL,
    employer_name   VARCHAR(300)  NOT NULL,
    share_usd       DECIMAL(19,4) NOT NULL,
    used_usd        DECIMAL(19,4) NOT NULL,
    limit_usd       DECIMAL(19,4) NOT NULL,
    INDEX preclearance_recipient_parent (preclearance_id)
);

-- Compliance's decisions on review items (append-only: one decision per item).
CREATE TABLE review_decision (
    id             CHAR(36)      NOT NULL PRIMARY KEY,
    review_item_id CHAR(36)      NOT NULL UNIQUE,
    decision       VARCHAR(16)   NOT NULL,
    comment        VARCHAR(2000) NOT NULL,
    decided_by     VARCHAR(200)  NOT NULL,
    decided_at     TIMESTAMP(6)  NOT NULL
);
