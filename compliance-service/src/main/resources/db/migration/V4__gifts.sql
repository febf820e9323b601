-- Gifts given: append-only. A correction is a new gift that names the one it corrects
-- (corrects_gift_id); the corrected gift then no longer counts.
CREATE TABLE gift (
    id               CHAR(36)      NOT NULL PRIMARY KEY,
    gift_date        DATE          NOT NULL,
    description      VARCHAR(500)  NOT NULL,
    category         VARCHAR(40)   NOT NULL,
    currency         CHAR(3)       NOT NULL,
    cost             DECIMAL(19,4) NOT NULL,
    market_value     DECIMAL(19,4),
    face_value       DECIMAL(19,4),
    rate_to_usd      DECIMAL(19,8) NOT NULL,
    value_usd        DECIMAL(19,4) NOT NULL,
    paid_by          VARCHAR(16)   NOT NULL,
    attested         BOOLEAN       NOT NULL,
    preclearance_id  CHAR(36),
    corrects_gift_id CHAR(36),
    correction_reason VARCHAR(1000),
    recorded_by      VARCHAR(200)  NOT NULL,
    recorded_at      TIMESTAMP(6)  NOT NULL,
    INDEX gift_date_index (gift_date),
    INDEX gift_corrects (corrects_gift_id)
);

CREATE TABLE gift_giver (
    gift_id      CHAR(36) NOT NULL,
    executive_id CHAR(36) NOT NULL,
    PRIMARY KEY (gift_id, executive_id),
    INDEX gift_giver_executive (executive_id)
);

-- A recipient's pro-rata share of a gift, the unit the limit counts.
CREATE TABLE gift_share (
    id                   CHAR(36)      NOT NULL PRIMARY KEY,
    gift_id              CHAR(36)      NOT NULL,
    position             INT           NOT NULL,
    recipient_id         CHAR(36)      NOT NULL,
    contact_id           CHAR(36),
    recipient_name       VARCHAR(200)  NOT NULL,
    employer_name        VARCHAR(300)  NOT NULL,
    share_usd            DECIMAL(19,4) NOT NULL,
    counts_toward_limit  BOOLEAN       NOT NULL,
    gift_date            DATE          NOT NULL,
    INDEX gift_share_gift (gift_id),
    INDEX gift_share_recipient (recipient_id, gift_date)
);

-- Attempts refused over the limit, kept for the audit trail although the gift was not recorded.
CREATE TABLE gift_refusal (
    id            CHAR(36)      NOT NULL PRIMARY KEY,
    recipient_id  CHAR(36)      NOT NULL,
    giver_ids     VARCHAR(2000) NOT NULL,
    gift_date     DATE          NOT NULL,
    category      VARCHAR(40)   NOT NULL,
    description   VARCHAR(500)  NOT NULL,
    value_usd     DECIMAL(19,4) NOT NULL,
    limit_usd     DECIMAL(19,4) NOT NULL,
    used_usd      DECIMAL(19,4) NOT NULL,
    remaining_usd DECIMAL(19,4) NOT NULL,
    attempted_by  VARCHAR(200)  NOT NULL,
    attempted_at  TIMESTAMP(6)  NOT NULL,
    INDEX gift_refusal_recipient (recipient_id)
);

-- The warnings sent, so that a recipient is warned about once per window.
CREATE TABLE limit_warning (
    id           CHAR(36)      NOT NULL PRIMARY KEY,
    recipient_id CHAR(36)      NOT NULL,
    window_start DATE          NOT NULL,
    window_end   DATE          NOT NULL,
    limit_usd    DECIMAL(19,4) NOT NULL,
    used_usd     DECIMAL(19,4) NOT NULL,
    gift_id      CHAR(36)      NOT NULL,
    warned_at    TIMESTAMP(6)  NOT NULL,
    INDEX limit_warning_recipient (recipient_id, window_start)
);

-- What compliance has to look at (an unlisted recipient, a pre-clearance needing review, ...).
CREATE TABLE review_item (
    id           CHAR(36)      NOT NULL PRIMARY KEY,
    kind         VARCHAR(40)   NOT NULL,
    subject_id   CHAR(36)      NOT NULL,
    executive_id CHAR(36),
    recipient_id CHAR(36),
    summary      VARCHAR(1000) NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    created_at   TIMESTAMP(6)  NOT NULL,
    INDEX review_item_status (status, created_at)
);
