-- The W3C trace context of the event a delivery was made for: its sends join the event's trace.
ALTER TABLE delivery
    ADD COLUMN traceparent VARCHAR(55)  NULL,
    ADD COLUMN tracestate  VARCHAR(512) NULL;
