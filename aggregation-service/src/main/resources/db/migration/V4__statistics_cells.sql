-- Statistics kept on write (DESIGN "Aggregated on write, not on read"). Per (round, province): one
-- row with every counter (agency_kind = bloc_code = '*') whose revision changes with any change to
-- the province's figures (the ETag of a read), and one row per agency kind and bloc with the
-- counters of the breakdowns. The consumer updates them in the transaction that applies an event.
create table statistics_cell (
  round_code    varchar(40) not null,
  province_code varchar(2)  not null,
  agency_kind   varchar(30) not null,
  bloc_code     varchar(40) not null,
  figures       jsonb       not null,
  revision      bigint      not null,
  updated_at    timestamptz,
  primary key (round_code, province_code, agency_kind, bloc_code)
);
create sequence statistics_revision;

-- The consumer group the read model was built from: a new group (a rebuild) starts from empty
-- tables; while it replays, statistics answer 503 until it has reached what the topics held.
create table read_model (
  id             integer     primary key check (id = 1),
  consumer_group varchar(200) not null,
  rebuild_target jsonb,
  rebuild_started_at timestamptz
);

-- Contributions of one agency, for registry changes of that agency.
create index report_contribution_agency_idx on report_contribution (agency_code);
