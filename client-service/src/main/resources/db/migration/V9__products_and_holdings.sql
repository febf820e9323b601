-- The firm's product catalogue: a product is offered from effective_from (inclusive) to
-- effective_to (exclusive, NULL: open-ended) while active.
CREATE TABLE product (
    code           VARCHAR(32)  NOT NULL PRIMARY KEY,
    name           VARCHAR(100) NOT NULL,
    product_line   VARCHAR(100) NOT NULL,
    active         BOOLEAN      NOT NULL,
    effective_from DATE         NOT NULL,
    effective_to   DATE,
    version        BIGINT       NOT NULL,
    created_at     TIMESTAMP(6) NOT NULL,
    updated_at     TIMESTAMP(6) NOT NULL
);
CREATE INDEX ix_product_line ON product (product_line);

-- A client's holding of a product. A closed holding is final and a client holds a product at most
-- once, so (client, product) is unique: the key that cross-sell counts holders by.
CREATE TABLE product_holding (
    id             CHAR(36)      NOT NULL PRIMARY KEY,
    client_id      CHAR(36)      NOT NULL,
    product_code   VARCHAR(32)   NOT NULL,
    opened_on      DATE          NOT NULL,
    opportunity_id CHAR(36),
    opened_by      VARCHAR(100)  NOT NULL,
    closed_on      DATE,
    close_reason   VARCHAR(500),
    closed_by      VARCHAR(100),
    closed_at      TIMESTAMP(6),
    version        BIGINT        NOT NULL,
    created_at     TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uk_product_holding UNIQUE (client_id, product_code),
    CONSTRAINT fk_product_holding_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_product_holding_product FOREIGN KEY (product_code) REFERENCES product (code),
    CONSTRAINT fk_product_holding_opportunity FOREIGN KEY (opportunity_id) REFERENCES opportunity (id)
);
CREATE INDEX ix_product_holding_product ON product_holding (product_code, closed_on);

-- The products an opportunity sells: opened for the client when it is won.
CREATE TABLE opportunity_product (
    opportunity_id CHAR(36)    NOT NULL,
    product_code   VARCHAR(32) NOT NULL,
    PRIMARY KEY (opportunity_id, product_code),
    CONSTRAINT fk_opportunity_product_opportunity FOREIGN KEY (opportunity_id) REFERENCES opportunity (id),
    CONSTRAINT fk_opportunity_product_product FOREIGN KEY (product_code) REFERENCES product (code)
);
