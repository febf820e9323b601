-- An executive questions a line of an issued statement; the manager accepts (with an adjustment
-- paid in the first open period after the disputed one) or rejects it, with comments.
CREATE TABLE dispute (
    id                 CHAR(36)      NOT NULL PRIMARY KEY,
    statement_id       CHAR(36)      NOT NULL,
    line_no            INT           NOT NULL,
    executive_id       CHAR(36)      NOT NULL,
    manager_id         CHAR(36),
    status             VARCHAR(16)   NOT NULL,
    comment            VARCHAR(2000) NOT NULL,
    resolution_comment VARCHAR(2000),
    adjustment_amount  DECIMAL(19,4),
    applied_period     VARCHAR(16),
    opened_at          TIMESTAMP(6)  NOT NULL,
    resolved_at        TIMESTAMP(6),
    resolved_by        VARCHAR(100),
    version            BIGINT        NOT NULL,
    CONSTRAINT fk_dispute_statement FOREIGN KEY (statement_id) REFERENCES statement (id)
);
CREATE INDEX ix_dispute_executive ON dispute (executive_id);
CREATE INDEX ix_dispute_applied ON dispute (executive_id, applied_period);
