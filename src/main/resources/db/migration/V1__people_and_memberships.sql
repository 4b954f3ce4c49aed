-- People are Smart-ID identities; a membership ties a person to one union under a user number.
create sequence iunija_seq start with 1000 increment by 50;

create table person (
    id bigint not null primary key,
    semantics_identifier varchar(40) not null,
    given_name varchar(100),
    surname varchar(100),
    created_at timestamp not null,
    constraint person_identity_unique unique (semantics_identifier)
);

create table membership (
    id bigint not null primary key,
    tenant varchar(32) not null,
    user_number varchar(32) not null,
    person_id bigint not null references person (id),
    smart_id_activated boolean not null,
    code_card varchar(2000) not null,
    card_failures integer not null,
    card_locked boolean not null,
    smart_id_blocked boolean not null,
    created_at timestamp not null,
    version bigint not null,
    constraint membership_number_unique unique (tenant, user_number),
    constraint membership_person_unique unique (tenant, person_id)
);

create index membership_person on membership (person_id);
