-- Registry: provinces (codes were reused in 2025, so a code and a start date identify one),
-- agencies and reporting rounds.
create table province (
  code           varchar(2)   not null,
  name           varchar(100) not null,
  valid_from     date         not null,
  valid_to       date,
  successor_code varchar(2),
  -- set once the province's registry event is in the outbox
  published      boolean      not null default false,
  primary key (code, valid_from)
);

create table agency (
  code           varchar(40)  primary key,
  name           varchar(300) not null,
  kind           varchar(30)  not null,
  province_code  varchar(2)   not null,
  parent_code    varchar(40)  references agency (code),
  active         boolean      not null default true,
  revision       bigint       not null,
  created_at     timestamptz  not null,
  updated_at     timestamptz  not null
);
create index agency_province_idx on agency (province_code);

create table reporting_round (
  code           varchar(40)  primary key,
  kind           varchar(20)  not null,
  period_start   date         not null,
  period_end     date         not null,
  due_date       date         not null,
  closes_on      date         not null,
  revision       bigint       not null,
  created_at     timestamptz  not null,
  updated_at     timestamptz  not null,
  constraint round_period check (period_start <= period_end),
  constraint round_closing check (due_date <= closes_on)
);

-- Reports: the current state of one agency's report for one round.
create table report (
  id             uuid         primary key,
  agency_code    varchar(40)  not null references agency (code),
  round_code     varchar(40)  not null references reporting_round (code),
  province_code  varchar(2)   not null,
  version        integer      not null,
  status         varchar(20)  not null,
  submitted_at   timestamptz  not null,
  updated_at     timestamptz  not null,
  on_time        boolean      not null,
  body           jsonb        not null,
  constraint report_one_per_agency_round unique (agency_code, round_code)
);
create index report_round_province_idx on report (round_code, province_code);

-- Transactional outbox: written in the same transaction as the change it announces.
create table outbox_event (
  id             uuid         primary key,
  topic          varchar(100) not null,
  message_key    varchar(200) not null,
  event_type     varchar(50)  not null,
  payload        jsonb        not null,
  correlation_id varchar(100),
  created_at     timestamptz  not null,
  published_at   timestamptz,
  attempts       integer      not null default 0,
  last_error     varchar(1000)
);
-- The relay only ever reads undelivered rows, oldest first.
create index outbox_undelivered_idx on outbox_event (created_at) where published_at is null;
