-- A login that waits for Smart-ID survives the loss of its node (issue 10): what another node needs to follow
-- the Smart-ID session in its place (the wait's id on the member's page, the random hash the answer must sign,
-- the deadline), which node follows it now and until when that node has last said it is alive (its lease), and
-- for a login Smart-ID proved, the name it proved (the page that completes the login may be on another node).
alter table smart_id_attempt add column wait_id bigint;
alter table smart_id_attempt add column authentication_hash varchar(100);
alter table smart_id_attempt add column hash_type varchar(10);
alter table smart_id_attempt add column expires_at timestamp;
alter table smart_id_attempt add column followed_by varchar(36);
alter table smart_id_attempt add column lease_until timestamp;
alter table smart_id_attempt add column given_name varchar(100);
alter table smart_id_attempt add column surname varchar(100);

create unique index attempt_wait on smart_id_attempt (wait_id);
create index attempt_followed_by on smart_id_attempt (followed_by, outcome);
