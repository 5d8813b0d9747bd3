-- API clients of the gateway and their keys. A key is shown once at creation; only its SHA-256
-- hash is kept, with a short public prefix to find it.
create table api_client (
  id           uuid         primary key,
  name         varchar(200) not null,
  role         varchar(20)  not null,
  agencies     jsonb        not null,
  provinces    jsonb        not null,
  reports_read boolean      not null,
  key_prefix   varchar(20)  not null unique,
  key_hash     varchar(64)  not null,
  created_at   timestamptz  not null,
  created_by   varchar(100) not null,
  expires_at   timestamptz,
  revoked_at   timestamptz
);
