-- Agencies' validity, emulation bloc and staffing, as registry-events carry them since agencies got
-- them. Events without dates leave valid_from and valid_to null: then "active" alone says whether the
-- agency is valid (for ever or never); with dates, the dates decide.
alter table agency
  add column valid_from     date,
  add column valid_to       date,
  add column successor_code varchar(40),
  add column bloc_code      varchar(40),
  add column staffing       integer;
