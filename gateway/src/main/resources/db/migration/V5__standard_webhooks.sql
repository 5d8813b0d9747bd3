-- Webhooks by the Standard Webhooks specification (issue 23).
--
-- A client's signing secret is kept as shown to it, `whsec_` and the base64 of the key's bytes. The
-- secrets made before were used as the UTF-8 bytes of their text: written the new way they sign
-- exactly as before, so a portal that kept its secret verifies with either form. After a rotation
-- the previous secret keeps signing (a second signature) until previous_secret_until.
update api_client
   set webhook_secret = 'whsec_' || replace(encode(convert_to(webhook_secret, 'UTF8'), 'base64'), E'\n', '')
 where webhook_secret is not null and webhook_secret not like 'whsec\_%';
alter table api_client
  add column webhook_previous_secret       varchar(100),
  add column webhook_previous_secret_until timestamptz;

-- The delivery log's names as the API shows them (state, lastStatus); schedule_from is the attempt
-- a redelivery started the retry schedule again at.
alter table webhook_delivery rename column status to state;
alter table webhook_delivery rename column last_status_code to last_status;
alter table webhook_delivery add column schedule_from integer not null default 0;
drop index webhook_delivery_due_idx;
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where state = 'PENDING';

-- The report events the gateway has turned into deliveries: a redelivered event (Kafka delivers at
-- least once) is recognised by its id and queues nothing again.
create table webhook_source_event (
  event_id    uuid        primary key,
  received_at timestamptz not null
);
