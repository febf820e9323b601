-- Read model of client-service's clients and contacts: the names notifications show.
CREATE TABLE client_name (
    id             CHAR(36)     NOT NULL PRIMARY KEY,
    legal_name     VARCHAR(300) NOT NULL,
    source_version BIGINT       NOT NULL
);

CREATE TABLE contact_name (
    id             CHAR(36)     NOT NULL PRIMARY KEY,
    client_id      CHAR(36)     NOT NULL,
    full_name      VARCHAR(200) NOT NULL,
    employer_name  VARCHAR(300) NOT NULL,
    source_version BIGINT       NOT NULL
);

-- Where the frontend shows what a notification is about (built from ACCOUNTABLE_APP_URL).
ALTER TABLE notification ADD COLUMN link VARCHAR(1000) NULL;
ALTER TABLE delivery ADD COLUMN link VARCHAR(1000) NULL;
