-- Agencies in valid time (issue 22): the states a registry event carries, oldest first, as JSON;
-- null while the agency has had one state only (then its columns are that state, for its whole life).
-- A round reads each agency as it was at the end of its period.
alter table agency add column history jsonb;
