-- Gifts the firm's executives received (append-only), reviewed above the firm's threshold.
ALTER TABLE gift_policy
    ADD COLUMN received_gift_threshold_amount DECIMAL(19,4) NOT NULL DEFAULT 100.0000;

CREATE TABLE received_gift (
    id             CHAR(36)      NOT NULL PRIMARY KEY,
    executive_id   CHAR(36)      NOT NULL,
    received_date  DATE          NOT NULL,
    giver_name     VARCHAR(200)  NOT NULL,
    giver_employer VARCHAR(300)  NOT NULL,
    description    VARCHAR(500)  NOT NULL,
    currency       CHAR(3)       NOT NULL,
    estimated_value DECIMAL(19,4) NOT NULL,
    rate_to_usd    DECIMAL(19,8) NOT NULL,
    value_usd      DECIMAL(19,4) NOT NULL,
    above_threshold BOOLEAN      NOT NULL,
    recorded_by    VARCHAR(200)  NOT NULL,
    recorded_at    TIMESTAMP(6)  NOT NULL,
    INDEX received_gift_executive (executive_id, received_date)
);
