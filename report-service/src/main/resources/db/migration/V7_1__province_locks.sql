-- A province locked for a round by its board (issue 13): its reports take no writes until an
-- admin unlocks it. One row while locked.
create table province_lock (
  round_code    varchar(40)  not null,
  province_code varchar(2)   not null,
  snapshot      integer      not null,
  locked_at     timestamptz  not null,
  locked_by     varchar(100) not null,
  primary key (round_code, province_code)
);

-- Every lock and unlock, kept: who, when, why (an unlock's reason), which snapshot a lock published.
create table province_lock_audit (
  id            uuid         primary key,
  round_code    varchar(40)  not null,
  province_code varchar(2)   not null,
  action        varchar(10)  not null,
  snapshot      integer,
  acted_by      varchar(100) not null,
  acted_at      timestamptz  not null,
  reason        varchar(2000)
);
create index province_lock_audit_place_idx on province_lock_audit (round_code, province_code, acted_at);
