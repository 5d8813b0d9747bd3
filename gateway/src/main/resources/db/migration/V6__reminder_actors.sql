-- Officers sign in through the identity provider (issue 24): a reminder's deliveries name who sent
-- it (the officer's username, else the API client, or the schedule) and the client she acted through.
alter table webhook_delivery
  add column acted_by      varchar(100),
  add column acted_through varchar(100);
