CREATE TABLE contact (
    id         CHAR(36)     NOT NULL PRIMARY KEY,
    client_id  CHAR(36)     NOT NULL,
    full_name  VARCHAR(200) NOT NULL,
    title      VARCHAR(100),
    email      VARCHAR(254),
    phone      VARCHAR(40),
    role       VARCHAR(32)  NOT NULL,
    active     BOOLEAN      NOT NULL,
    version    BIGINT       NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_contact_client FOREIGN KEY (client_id) REFERENCES client (id)
);
CREATE INDEX ix_contact_client ON contact (client_id);
