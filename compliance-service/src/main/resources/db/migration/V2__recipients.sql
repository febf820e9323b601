-- Read model of client-service's clients and the people at them (contacts): gift recipients and
-- their employer.
CREATE TABLE client_firm (
    id                   CHAR(36)     NOT NULL PRIMARY KEY,
    legal_name           VARCHAR(300) NOT NULL,
    client_type          VARCHAR(16)  NOT NULL,
    status               VARCHAR(32)  NOT NULL,
    primary_executive_id CHAR(36),
    source_version       BIGINT       NOT NULL
);

CREATE TABLE contact (
    id             CHAR(36)     NOT NULL PRIMARY KEY,
    client_id      CHAR(36)     NOT NULL,
    employer_name  VARCHAR(300),
    full_name      VARCHAR(200) NOT NULL,
    title          VARCHAR(200),
    email          VARCHAR(254),
    active         BOOLEAN      NOT NULL,
    source_version BIGINT       NOT NULL,
    INDEX contact_client (client_id)
);

-- One row per recipient (a contact, or an unlisted person named on a gift): the row a gift locks
-- (SELECT ... FOR UPDATE) so that the gifts to one recipient are judged one at a time.
CREATE TABLE recipient_lock (
    recipient_id CHAR(36)     NOT NULL PRIMARY KEY,
    created_at   TIMESTAMP(6) NOT NULL
);
