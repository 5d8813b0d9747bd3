-- Lists asked "what changed since" (updatedSince) read in change order: an index each, so a portal's
-- sync of a province's thousands of agencies and reports does not sort whole tables.
create index report_updated_at_idx on report (updated_at, id);
create index agency_updated_at_idx on agency (updated_at, code);
