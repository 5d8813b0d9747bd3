-- Agencies get a validity period like provinces: valid_from (null: unknown, long-standing) and
-- valid_to (the last day: set when dissolved, merged or deactivated), with the agency that took
-- over; and their emulation bloc (khối thi đua) and the headcount the Sở Nội vụ knows.
-- Whether an agency is active is derived from its dates from now on, so the flag goes.
alter table agency
  add column valid_from     date,
  add column valid_to       date,
  add column successor_code varchar(40) references agency (code),
  add column bloc_code      varchar(40),
  add column staffing       integer,
  add constraint agency_validity check (valid_from is null or valid_to is null or valid_from <= valid_to),
  add constraint agency_successor_not_self check (successor_code <> code),
  add constraint agency_staffing check (staffing between 0 and 1000000);

-- An agency deactivated before this migration ended, as far as is known, on the day of its last
-- change (in Vietnam).
update agency set valid_to = (updated_at at time zone 'Asia/Ho_Chi_Minh')::date where not active;

alter table agency drop column active;
