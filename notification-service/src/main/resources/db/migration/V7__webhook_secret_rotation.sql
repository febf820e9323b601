-- A rotated webhook secret keeps signing beside the new one until previous_secret_until, so receivers
-- can switch over without refusing a delivery (Standard Webhooks: several signatures in one header).
ALTER TABLE webhook_subscription
    ADD COLUMN previous_secret       VARCHAR(255) NULL,
    ADD COLUMN previous_secret_until TIMESTAMP(6) NULL;
