-- The W3C trace context of the transaction that wrote the event; the relay sends it as the
-- CloudEvents distributed-tracing extension, so the consumer continues the same trace.
ALTER TABLE outbox_event
    ADD COLUMN traceparent VARCHAR(55)  NULL,
    ADD COLUMN tracestate  VARCHAR(512) NULL;
