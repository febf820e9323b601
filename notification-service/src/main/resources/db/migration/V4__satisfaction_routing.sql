INSERT INTO routing_rule (event_type, category, audiences, channels, active, version, updated_at) VALUES
 ('accountable.client.satisfaction-dropped.v1', 'CLIENTS', 'EXECUTIVE,MANAGER', 'IN_APP,EMAIL', TRUE, 0, CURRENT_TIMESTAMP(6));
