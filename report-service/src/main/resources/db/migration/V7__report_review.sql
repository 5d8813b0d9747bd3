-- The province board's decision standing on a report (issue 13): ACCEPTED or RETURNED with a
-- comment, by which API client, when, on which version. A revision, withdrawal or resubmission
-- clears it (the new version is to be reviewed again).
alter table report
  add column review_decision  varchar(20),
  add column review_comment   varchar(2000),
  add column reviewed_by      varchar(100),
  add column reviewed_at      timestamptz,
  add column reviewed_version integer;

-- A decision is a version of its own in the audit trail: who, when, and the comment.
alter table report_version
  add column decision       varchar(20),
  add column review_comment varchar(2000);
