-- Webhooks to portals (issue 13): where a client is told (reminders to submit), the secret its
-- deliveries are signed with (HMAC-SHA256; shown once, at creation), and every delivery with its
-- attempts, kept as the client's delivery log.
alter table api_client
  add column webhook_url    varchar(2000),
  add column webhook_secret varchar(100);

create table webhook_delivery (
  id               uuid          primary key,
  client_id        uuid          not null,
  event            varchar(40)   not null,
  round_code       varchar(40),
  province_code    varchar(2),
  agency_code      varchar(40),
  url              varchar(2000) not null,
  body             text          not null,
  status           varchar(20)   not null,
  attempts         integer       not null,
  last_status_code integer,
  last_error       varchar(500),
  created_at       timestamptz   not null,
  next_attempt_at  timestamptz,
  delivered_at     timestamptz
);
create index webhook_delivery_client_idx on webhook_delivery (client_id, created_at);
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where status = 'PENDING';
