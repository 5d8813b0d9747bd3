-- The reminders the scheduler sent before a province's due date (issue 13): one row per round,
-- province and day, so that a check that runs several times a day, or on several gateway
-- replicas, reminds once.
create table reminder_schedule (
  round_code    varchar(40) not null,
  province_code varchar(2)  not null,
  day           date        not null,
  sent_at       timestamptz not null,
  primary key (round_code, province_code, day)
);
