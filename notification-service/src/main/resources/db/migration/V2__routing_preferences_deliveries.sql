-- Compliance officers and admins: people notifications reach who are not in the executive directory.
CREATE TABLE staff_member (
    id         VARCHAR(100) NOT NULL PRIMARY KEY,
    full_name  VARCHAR(200) NOT NULL,
    email      VARCHAR(254) NOT NULL,
    role       VARCHAR(32)  NOT NULL,
    active     BOOLEAN      NOT NULL,
    version    BIGINT       NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL
);
CREATE INDEX ix_staff_member_role ON staff_member (role, active);

-- Who hears about an event type, and how: comma-separated audiences and channels.
CREATE TABLE routing_rule (
    event_type VARCHAR(255) NOT NULL PRIMARY KEY,
    category   VARCHAR(32)  NOT NULL,
    audiences  VARCHAR(255) NOT NULL,
    channels   VARCHAR(100) NOT NULL,
    active     BOOLEAN      NOT NULL,
    version    BIGINT       NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL
);

INSERT INTO routing_rule (event_type, category, audiences, channels, active, version, updated_at) VALUES
 ('accountable.client.client-assigned.v1',              'CLIENTS',            'EXECUTIVE,PREVIOUS_EXECUTIVE,MANAGER', 'IN_APP,EMAIL', TRUE, 0, CURRENT_TIMESTAMP(6)),
 ('accountable.client.contact-overdue.v1',              'CLIENTS',            'EXECUTIVE',                            'IN_APP,EMAIL', TRUE, 0, CURRENT_TIMESTAMP(6)),
 ('accountable.client.retention-risk-flagged.v1',       'CLIENTS',            'EXECUTIVE',                            'IN_APP',       TRUE, 0, CURRENT_TIMESTAMP(6)),
 ('accountable.client.complaint-opened.v1',             'COMPLAINTS',         'EXECUTIVE,MANAGER',                    'IN_APP,EMAIL', TRUE, 0, CURRENT_TIMESTAMP(6)),
 ('accountable.client.complaint-overdue.v1',            'COMPLAINTS',         'EXECUTIVE,MANAGER',                    'IN_APP,EMAIL', TRUE, 0, CURRENT_TIMESTAMP(6)),
 ('accountable.client.complaint-resolved.v1',           'COMPLAINTS',         'EXECUTIVE,MANAGER',                    'IN_APP',       TRUE, 0, CURRENT_TIMESTAMP(6)),
 ('accountable.quota.attainment-threshold-crossed.v1',  'QUOTA',              'EXECUTIVE,MANAGER',                    'IN_APP,EMAIL', TRUE, 0, CURRENT_TIMESTAMP(6)),
 ('accountable.quota.statement-issued.v1',              'COMPENSATION',       'EXECUTIVE',                            'IN_APP,EMAIL', TRUE, 0, CURRENT_TIMESTAMP(6)),
 ('accountable.quota.dispute-opened.v1',                'COMPENSATION',       'MANAGER',                              'IN_APP,EMAIL', TRUE, 0, CURRENT_TIMESTAMP(6)),
 ('accountable.quota.dispute-resolved.v1',              'COMPENSATION',       'EXECUTIVE',                            'IN_APP,EMAIL', TRUE, 0, CURRENT_TIMESTAMP(6)),
 ('accountable.compliance.gift-limit-warning.v1',       'GIFTS',              'EXECUTIVE,COMPLIANCE',                 'IN_APP,EMAIL', TRUE, 0, CURRENT_TIMESTAMP(6)),
 ('accountable.compliance.gift-refused-over-limit.v1',  'GIFTS',              'COMPLIANCE',                           'IN_APP,EMAIL', TRUE, 0, CURRENT_TIMESTAMP(6)),
 ('accountable.compliance.preclearance-decided.v1',     'GIFTS',              'EXECUTIVE,COMPLIANCE_ON_REVIEW',       'IN_APP,EMAIL', TRUE, 0, CURRENT_TIMESTAMP(6)),
 ('accountable.compliance.entertainment-flagged.v1',    'GIFTS',              'COMPLIANCE',                           'IN_APP',       TRUE, 0, CURRENT_TIMESTAMP(6)),
 ('accountable.compliance.review-requested.v1',         'COMPLIANCE_REVIEWS', 'COMPLIANCE',                           'IN_APP,EMAIL', TRUE, 0, CURRENT_TIMESTAMP(6)),
 ('accountable.compliance.review-decided.v1',           'COMPLIANCE_REVIEWS', 'EXECUTIVE',                            'IN_APP',       TRUE, 0, CURRENT_TIMESTAMP(6));

-- A user's opt-outs; no row means the channel is on.
CREATE TABLE channel_preference (
    id         CHAR(36)     NOT NULL PRIMARY KEY,
    user_id    VARCHAR(100) NOT NULL,
    category   VARCHAR(32)  NOT NULL,
    channel    VARCHAR(16)  NOT NULL,
    enabled    BOOLEAN      NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_channel_preference UNIQUE (user_id, category, channel)
);

CREATE TABLE webhook_subscription (
    id          CHAR(36)      NOT NULL PRIMARY KEY,
    url         VARCHAR(2048) NOT NULL,
    event_types VARCHAR(2000) NOT NULL,
    secret      VARCHAR(255)  NOT NULL,
    description VARCHAR(200),
    active      BOOLEAN       NOT NULL,
    version     BIGINT        NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    updated_at  TIMESTAMP(6)  NOT NULL
);

-- One e-mail or webhook call to make, written in the transaction that consumed the event and
-- before anything is sent; the dispatcher's retry state lives here, so a restart loses nothing.
CREATE TABLE delivery (
    id                   CHAR(36)      NOT NULL PRIMARY KEY,
    channel              VARCHAR(16)   NOT NULL,
    event_id             VARCHAR(100)  NOT NULL,
    event_type           VARCHAR(255)  NOT NULL,
    target               VARCHAR(100)  NOT NULL,
    destination          VARCHAR(2048) NOT NULL,
    subject              VARCHAR(300),
    payload              MEDIUMTEXT    NOT NULL,
    status               VARCHAR(16)   NOT NULL,
    attempts             INT           NOT NULL,
    next_attempt_at      TIMESTAMP(6)  NOT NULL,
    lease_until          TIMESTAMP(6)  NULL,
    last_error           VARCHAR(1000),
    last_response_status INT,
    created_at           TIMESTAMP(6)  NOT NULL,
    delivered_at         TIMESTAMP(6)  NULL,
    -- one e-mail per recipient and one call per subscription for an event, however often it arrives
    CONSTRAINT uk_delivery_event UNIQUE (channel, event_id, target)
);
CREATE INDEX ix_delivery_due ON delivery (status, next_attempt_at);
CREATE INDEX ix_delivery_target ON delivery (target, status);
