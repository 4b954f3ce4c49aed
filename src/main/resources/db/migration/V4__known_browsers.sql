-- Browsers that completed a Smart-ID login of a person at a union (SK's "known browser" advice). Only the
-- SHA-256 of the browser's random cookie is kept. Starts from a known browser have their own throttle budget
-- and are not paused by incident reports, so a stranger cannot lock the member out of their own browser.
create table known_browser (
    token_hash varchar(64) not null,
    tenant varchar(32) not null,
    semantics_identifier varchar(40) not null,
    attempt_id bigint not null,
    created_at timestamp not null,
    last_used_at timestamp not null,
    primary key (token_hash, tenant, semantics_identifier)
);

create index known_browser_attempt on known_browser (attempt_id);
create index known_browser_last_used on known_browser (last_used_at);

-- A report proved by Smart-ID (the attempt ended OK) ends the sessions that this attempt opened.
alter table smart_id_attempt add column sessions_revoked_at timestamp;
-- Whether the attempt was started from a browser known to have logged this person in before (admins see it).
alter table smart_id_attempt add column from_known_browser boolean default false not null;

-- Set automatically when Smart-ID proved a reported attempt: browsers unknown for the member are refused.
alter table membership add column unknown_browsers_blocked boolean default false not null;
