-- Statistics snapshots (issue 13): when a province's board locks it for a round, the figures of
-- that moment are copied here, numbered 1, 2, … per (round, province), and never change again.
-- Apart from the live cells (statistics_cell), and kept by a rebuild of the read model: a snapshot
-- is a publication, not a figure the topics recompute.
create table statistics_snapshot (
  round_code    varchar(40)  not null,
  province_code varchar(2)   not null,
  number        integer      not null,
  agency_kind   varchar(30)  not null,
  bloc_code     varchar(40)  not null,
  figures       jsonb        not null,
  updated_at    timestamptz,
  taken_at      timestamptz  not null,
  locked_at     timestamptz,
  locked_by     varchar(100),
  primary key (round_code, province_code, number, agency_kind, bloc_code)
);

-- A lock whose snapshot waits for report events not yet applied (they travel on other partitions):
-- the report versions the lock names, taken once every one of them is held.
create table pending_snapshot (
  round_code    varchar(40)  not null,
  province_code varchar(2)   not null,
  number        integer      not null,
  reports       jsonb        not null,
  locked_at     timestamptz,
  locked_by     varchar(100),
  primary key (round_code, province_code, number)
);
