-- Every Smart-ID authentication the portal starts, whatever its outcome. Incident reports are matched
-- against these records, and members see their recent activity from them.
create table smart_id_attempt (
    id bigint not null primary key,
    tenant varchar(32) not null,
    semantics_identifier varchar(40) not null,
    purpose varchar(20) not null,
    session_id varchar(64),
    verification_code varchar(4),
    started_at timestamp not null,
    ended_at timestamp,
    outcome varchar(30),
    client_address varchar(64) not null,
    user_agent varchar(300)
);

create index attempt_identity_started on smart_id_attempt (semantics_identifier, started_at);
create index attempt_tenant_started on smart_id_attempt (tenant, started_at);
