-- The W3C trace context of the request that wrote the event, sent on as Kafka headers by the relay.
alter table outbox_event add column trace_parent varchar(100);
alter table outbox_event add column trace_state varchar(500);
