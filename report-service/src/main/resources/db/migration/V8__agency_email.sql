-- An agency's e-mail address (issue 13): where reminders to report are also sent. Optional.
alter table agency add column email varchar(254);
