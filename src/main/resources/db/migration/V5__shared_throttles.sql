-- Throttles shared by every node and kept across restarts (issue 10). Keys (identities, user numbers, client
-- addresses, browser tokens) are kept only as "<budget>:<SHA-256 of the key>". A key's row is locked while
-- its events are counted, so that nodes counting the same key take turns.
create table throttle_key (
    id varchar(110) not null primary key,
    last_used_at timestamp not null
);

create table throttle_event (
    id bigint not null primary key,
    key_id varchar(110) not null,
    counted_at timestamp not null,
    expires_at timestamp not null
);

create index throttle_event_key on throttle_event (key_id, expires_at);
create index throttle_event_expiry on throttle_event (expires_at);
