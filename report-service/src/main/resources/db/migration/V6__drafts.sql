-- Drafts read from an agency's own document (Word, PDF, text): a proposed report with the
-- evidence of each filled field. A draft is never a report until someone submits it; it then
-- points at the report it became.
create table draft (
  id            uuid          primary key,
  agency_code   varchar(40)   not null references agency (code),
  round_code    varchar(40)   not null references reporting_round (code),
  status        varchar(20)   not null,
  version       integer       not null,
  media_type    varchar(100)  not null,
  text          text          not null,
  body          jsonb         not null,
  evidence      jsonb         not null,
  report_id     uuid          references report (id),
  created_by    varchar(200)  not null,
  created_at    timestamptz   not null,
  updated_at    timestamptz   not null,
  constraint draft_status check (status in ('OPEN', 'SUBMITTED')),
  constraint draft_submitted check ((status = 'SUBMITTED') = (report_id is not null))
);
create index draft_agency_round_idx on draft (agency_code, round_code);
