-- Rate-limit token buckets, shared by every gateway replica (Bucket4j's PostgreSQL backend keeps
-- its serialised state here and locks the row while it takes a token). One row per client and
-- limit; a row whose bucket would be full again by expires_at (epoch ms) is the same as no row,
-- and is deleted when a gateway starts.
create table rate_limit_bucket (
  id         varchar(120) primary key,
  state      bytea,
  expires_at bigint
);
