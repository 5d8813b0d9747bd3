-- The figure catalogue (issue 25, "Figures as data"): what a round may ask for and a report may state.
-- Built-in figures are not seeded here: report-service writes them at start-up from standard-figures.json,
-- so adding one is an entry in that file. `shipped` is the built-in's definition as the code last shipped
-- it: start-up rewrites a built-in only when the file changed, never undoing an administrator's label.
create table figure_definition (
  code            varchar(60)  primary key,
  kind            varchar(20)  not null,
  label_vi        varchar(200) not null,
  label_en        varchar(200),
  description_vi  varchar(2000),
  description_en  varchar(2000),
  base            varchar(20),
  levels          jsonb        not null default '[]',
  outline         varchar(20),
  breakdown       boolean      not null default false,
  alias           varchar(100),
  standard        boolean      not null default false,
  built_in        boolean      not null default false,
  revision        bigint       not null,
  shipped         jsonb,
  updated_at      timestamptz  not null
);
