-- The gift policy as data. Both tables are append-only: a change is a new row effective from a
-- date, with who recorded it, when and why; the row in force on a date is the latest one
-- effective on or before it.
CREATE TABLE gift_limit (
    id             CHAR(36)      NOT NULL PRIMARY KEY,
    effective_from DATE          NOT NULL UNIQUE,
    amount         DECIMAL(19,4) NOT NULL,
    currency       CHAR(3)       NOT NULL,
    source         VARCHAR(300)  NOT NULL,
    recorded_by    VARCHAR(200)  NOT NULL,
    recorded_at    TIMESTAMP(6)  NOT NULL
);

CREATE TABLE gift_policy (
    id                       CHAR(36)      NOT NULL PRIMARY KEY,
    effective_from           DATE          NOT NULL UNIQUE,
    window_type              VARCHAR(32)   NOT NULL,
    fiscal_year_start_month  INT,
    warning_percent          INT           NOT NULL,
    nominal_ceiling_amount   DECIMAL(19,4) NOT NULL,
    nominal_ceiling_currency CHAR(3)       NOT NULL,
    retention_years          INT           NOT NULL,
    preclearance_valid_days  INT           NOT NULL,
    preclearance_review_percent INT        NOT NULL,
    reason                   VARCHAR(500)  NOT NULL,
    recorded_by              VARCHAR(200)  NOT NULL,
    recorded_at              TIMESTAMP(6)  NOT NULL
);

INSERT INTO gift_limit (id, effective_from, amount, currency, source, recorded_by, recorded_at) VALUES
    ('6b1f0c1e-0000-4000-8000-000000000001', '1992-12-28', 100.0000, 'USD', 'NASD Rule 3060, carried into FINRA Rule 3220', 'migration', '2026-01-01 00:00:00'),
    ('6b1f0c1e-0000-4000-8000-000000000002', '2026-03-30', 300.0000, 'USD', 'FINRA Regulatory Notice 26-05 (SR-FINRA-2025-003)', 'migration', '2026-01-01 00:00:00');

INSERT INTO gift_policy (id, effective_from, window_type, fiscal_year_start_month, warning_percent, nominal_ceiling_amount,
        nominal_ceiling_currency, retention_years, preclearance_valid_days, preclearance_review_percent, reason, recorded_by, recorded_at)
    VALUES ('6b1f0c1e-0000-4000-8000-000000000101', '1992-12-28', 'CALENDAR_YEAR', NULL, 80, 50.0000, 'USD', 6, 30, 80,
        'Initial policy: calendar year, warn at 80%, nominal items up to USD 50, SEC Rule 17a-4 six-year retention', 'migration', '2026-01-01 00:00:00');
