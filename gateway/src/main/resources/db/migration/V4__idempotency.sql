-- Idempotency-Key on the gateway's own operations (client creation, reminders): the first answer to
-- a key of a client, replayed to its retries (vn.vhcs.common.idempotency; report-service has the same
-- table for its operations, V3 there).
create table idempotency_record (
  client_id        varchar(100) not null,
  idempotency_key  varchar(255) not null,
  method           varchar(10)  not null,
  path             varchar(500) not null,
  fingerprint      varchar(64)  not null,
  status           integer,
  response_body    text,
  response_headers jsonb,
  created_at       timestamptz  not null,
  completed_at     timestamptz,
  expires_at       timestamptz  not null,
  primary key (client_id, idempotency_key)
);
create index idempotency_record_expiry_idx on idempotency_record (expires_at);
