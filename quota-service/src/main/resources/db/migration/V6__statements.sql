-- Statements issued when a period closes (append-only: a later change becomes an adjustment line
-- in the next open period's statement), and which periods are closed.
CREATE TABLE closed_period (
    period_code VARCHAR(16)  NOT NULL PRIMARY KEY,
    period_kind VARCHAR(16)  NOT NULL,
    closed_by   VARCHAR(100) NOT NULL,
    closed_at   TIMESTAMP(6) NOT NULL
);

CREATE TABLE statement (
    id                 CHAR(36)      NOT NULL PRIMARY KEY,
    executive_id       CHAR(36)      NOT NULL,
    period_code        VARCHAR(16)   NOT NULL,
    period_kind        VARCHAR(16)   NOT NULL,
    period_end         DATE          NOT NULL,
    currency           CHAR(3)       NOT NULL,
    plan_id            CHAR(36)      NOT NULL,
    quota_amount       DECIMAL(19,4),
    credited_amount    DECIMAL(19,4) NOT NULL,
    attainment_percent DECIMAL(9,2),
    total_compensation DECIMAL(19,4) NOT NULL,
    issued_at          TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uq_statement_executive_period UNIQUE (executive_id, period_code)
);

CREATE TABLE statement_line (
    id             CHAR(36)      NOT NULL PRIMARY KEY,
    statement_id   CHAR(36)      NOT NULL,
    line_no        INT           NOT NULL,
    kind           VARCHAR(24)   NOT NULL,
    line_date      DATE          NOT NULL,
    sale_id        CHAR(36),
    adjusted_period VARCHAR(16),
    base_amount    DECIMAL(19,4),
    rate_percent   DECIMAL(9,4),
    amount         DECIMAL(19,4) NOT NULL,
    rule           VARCHAR(1000) NOT NULL,
    CONSTRAINT uq_statement_line UNIQUE (statement_id, line_no),
    CONSTRAINT fk_statement_line_statement FOREIGN KEY (statement_id) REFERENCES statement (id)
);
CREATE INDEX ix_statement_line_adjusted ON statement_line (adjusted_period);
