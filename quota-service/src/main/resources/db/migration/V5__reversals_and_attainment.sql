-- A cancellation or refund of (part of) a sale, and each credited executive's share of it.
CREATE TABLE sale_reversal (
    id            CHAR(36)      NOT NULL PRIMARY KEY,
    sale_id       CHAR(36)      NOT NULL,
    amount        DECIMAL(19,4) NOT NULL,
    currency      CHAR(3)       NOT NULL,
    reversal_date DATE          NOT NULL,
    reason        VARCHAR(500),
    created_by    VARCHAR(100)  NOT NULL,
    created_at    TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_sale_reversal_sale FOREIGN KEY (sale_id) REFERENCES sale (id)
);

CREATE TABLE reversal_credit (
    id             CHAR(36)      NOT NULL PRIMARY KEY,
    reversal_id    CHAR(36)      NOT NULL,
    sale_credit_id CHAR(36)      NOT NULL,
    executive_id   CHAR(36)      NOT NULL,
    amount         DECIMAL(19,4) NOT NULL,
    reversal_date  DATE          NOT NULL,
    created_at     TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_reversal_credit_reversal FOREIGN KEY (reversal_id) REFERENCES sale_reversal (id),
    CONSTRAINT fk_reversal_credit_credit FOREIGN KEY (sale_credit_id) REFERENCES sale_credit (id)
);
CREATE INDEX ix_reversal_credit_executive ON reversal_credit (executive_id, reversal_date);

-- Which attainment thresholds an executive is above in a period, so each crossing is published once
-- and again only after a reversal took attainment back below.
CREATE TABLE attainment_threshold (
    executive_id CHAR(36)     NOT NULL,
    period_code  VARCHAR(16)  NOT NULL,
    threshold    DECIMAL(7,2) NOT NULL,
    crossed      BOOLEAN      NOT NULL,
    updated_at   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (executive_id, period_code, threshold)
);
