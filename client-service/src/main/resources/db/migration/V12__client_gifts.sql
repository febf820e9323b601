-- Gifts to a client's people, as compliance-service records them (gift-recorded events, one per
-- recipient share), for the client's timeline. A share is kept once per gift and recipient.
CREATE TABLE client_gift (
    id               CHAR(36)      NOT NULL PRIMARY KEY,
    gift_id          CHAR(36)      NOT NULL,
    recipient_id     CHAR(36)      NOT NULL,
    contact_id       CHAR(36)      NOT NULL,
    client_id        CHAR(36)      NOT NULL,
    recipient_name   VARCHAR(255)  NOT NULL,
    giver_ids        TEXT          NOT NULL,
    gift_date        DATE          NOT NULL,
    category         VARCHAR(64)   NOT NULL,
    value_usd        DECIMAL(19,4) NOT NULL,
    corrects_gift_id CHAR(36),
    corrected        BOOLEAN       NOT NULL,
    recorded_at      TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uq_client_gift_share UNIQUE (gift_id, recipient_id),
    CONSTRAINT fk_client_gift_contact FOREIGN KEY (contact_id) REFERENCES contact (id)
);
CREATE INDEX ix_client_gift_client ON client_gift (client_id, corrected, gift_date, recorded_at);
CREATE INDEX ix_client_gift_corrects ON client_gift (corrects_gift_id);
