-- Idempotent consumer: an event id is stored in the same transaction as the change it caused.
create table processed_event (
  event_id      uuid         primary key,
  topic         varchar(100) not null,
  event_type    varchar(50),
  processed_at  timestamptz  not null
);

-- The current contribution of each report: its latest version's state, as the event carried it.
create table report_contribution (
  report_id     uuid         primary key,
  version       integer      not null,
  status        varchar(20)  not null,
  agency_code   varchar(40)  not null,
  round_code    varchar(40)  not null,
  province_code varchar(2)   not null,
  updated_at    timestamptz  not null,
  state         jsonb        not null
);
create index report_contribution_round_province_idx on report_contribution (round_code, province_code);

-- A copy of report-service's registry, from registry-events.
create table province (
  code           varchar(2)   not null,
  valid_from     date         not null,
  name           varchar(100) not null,
  valid_to       date,
  successor_code varchar(2),
  revision       bigint       not null,
  primary key (code, valid_from)
);

create table agency (
  code          varchar(40)  primary key,
  name          varchar(300) not null,
  kind          varchar(30)  not null,
  province_code varchar(2)   not null,
  parent_code   varchar(40),
  active        boolean      not null,
  revision      bigint       not null
);
create index agency_province_idx on agency (province_code);

create table reporting_round (
  code          varchar(40)  primary key,
  kind          varchar(20)  not null,
  period_start  date         not null,
  period_end    date         not null,
  due_date      date         not null,
  closes_on     date         not null,
  revision      bigint       not null
);
