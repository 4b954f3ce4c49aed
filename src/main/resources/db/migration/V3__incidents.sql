-- Incident reports of unrequested Smart-ID prompts, the attempts they were matched with, their audit trail,
-- the per-union counters behind the human-friendly reference, and the mutes that pause Smart-ID initiations.
create table incident (
    id bigint not null primary key,
    tenant varchar(32) not null,
    reference varchar(40) not null,
    reported_at timestamp not null,
    prompt_at timestamp not null,
    subject varchar(40) not null,
    subject_country varchar(2),
    verification_code varchar(4),
    reporter_action varchar(20) not null,
    contact varchar(120) not null,
    description varchar(2000),
    client_address varchar(64) not null,
    user_agent varchar(300),
    membership_id bigint references membership (id),
    semantics_identifier varchar(40),
    matched boolean not null,
    severity varchar(20) not null,
    status varchar(20) not null,
    resolution varchar(30),
    assignee varchar(40),
    mail_sent_at timestamp,
    mail_attempts integer not null,
    mail_next_try timestamp,
    version bigint not null,
    constraint incident_reference_unique unique (tenant, reference)
);

create index incident_tenant_reported on incident (tenant, reported_at);
create index incident_mail_pending on incident (mail_sent_at, mail_next_try);

create table incident_attempt (
    incident_id bigint not null references incident (id),
    attempt_id bigint not null references smart_id_attempt (id),
    primary key (incident_id, attempt_id)
);

create table audit_entry (
    id bigint not null primary key,
    tenant varchar(32) not null,
    incident_id bigint not null references incident (id),
    at timestamp not null,
    actor varchar(40) not null,
    action varchar(30) not null,
    detail varchar(2000)
);

create index audit_incident on audit_entry (incident_id, at);

create table incident_counter (
    counter_key varchar(40) not null primary key,
    last_number bigint not null
);

create table smart_id_mute (
    semantics_identifier varchar(40) not null primary key,
    muted_until timestamp not null,
    incident_id bigint
);

alter table membership add column sessions_ended_at timestamp;
