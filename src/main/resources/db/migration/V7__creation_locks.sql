-- Rows that concurrent transactions (on any node) may all want to create at the same moment, such as a union's
-- first reference counter of a year or a throttle's new key, are created by one transaction at a time: each
-- kind has a lock row here. Without it, the loser of the race failed its commit with a duplicate key, and
-- Payara then lost the transaction that had been suspended around it (HTTP 500, issue 15).
create table creation_lock (
    kind varchar(40) not null primary key
);

insert into creation_lock (kind) values ('IncidentCounter');
insert into creation_lock (kind) values ('ThrottleKey');
