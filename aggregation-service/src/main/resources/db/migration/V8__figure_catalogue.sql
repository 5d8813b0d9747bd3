-- A copy of report-service's figure catalogue (DESIGN "Figures as data"), from FigureDefined registry
-- events: one row per figure code, replaced only by a higher revision. Until a row arrives for a code,
-- the built-in definition that ships with the contract (StandardFigures) stands for it. Labels,
-- description and levels are kept as the contract writes them (JSON); `stamp` takes the next value of
-- figure_catalogue_stamp at every change, so the catalogue's state is named cheaply (ETags, the
-- in-memory copy).
create table figure_definition (
  code        varchar(60)  primary key,
  kind        varchar(20)  not null,
  label       jsonb        not null,
  description jsonb,
  base        varchar(20),
  levels      jsonb        not null,
  outline     varchar(40),
  breakdown   boolean      not null,
  alias       varchar(100),
  standard    boolean      not null,
  built_in    boolean      not null,
  revision    bigint       not null,
  stamp       bigint       not null
);
create sequence figure_catalogue_stamp;

-- The codes of the figures a round asks for (a JSON array); null: the movement's standard set.
alter table reporting_round add column figures jsonb;
