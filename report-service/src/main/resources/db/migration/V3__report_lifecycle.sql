-- Whether a report was on time is derived from its first submission and the due date in force
-- (which a province may override), so it is no longer stored.
alter table report drop column on_time;

-- Each province's Sở Nội vụ may set its own deadline for a round.
create table round_province_due_date (
  round_code    varchar(40) not null references reporting_round (code),
  province_code varchar(2)  not null,
  due_date      date        not null,
  updated_at    timestamptz not null,
  primary key (round_code, province_code)
);

-- The audit trail: every version of every report, who made it and what changed.
create table report_version (
  report_id      uuid         not null references report (id),
  version        integer      not null,
  status         varchar(20)  not null,
  acted_by       varchar(100) not null,
  acted_at       timestamptz  not null,
  changed_fields varchar(500) not null,
  body           jsonb        not null,
  primary key (report_id, version)
);

-- Idempotency-Key (IETF httpapi draft): the first answer to a key, replayed to retries.
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

-- Agencies can be filtered by kind and activity.
create index agency_kind_idx on agency (kind);
