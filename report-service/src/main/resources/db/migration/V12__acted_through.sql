-- Officers sign in through the identity provider (issue 24): an audit record names the person
-- (acted_by, her username) and the OIDC client she acted through; null for an API key.
alter table report_version add column acted_through varchar(100);
alter table province_lock_audit add column acted_through varchar(100);
