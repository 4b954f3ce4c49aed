-- What union admins did to a membership (and what an import added or changed), kept as long as the membership.
create table member_audit (
    id bigint not null primary key,
    tenant varchar(32) not null,
    membership_id bigint not null references membership (id),
    at timestamp not null,
    actor varchar(40) not null,
    action varchar(30) not null
);

create index member_audit_membership on member_audit (membership_id, at);
