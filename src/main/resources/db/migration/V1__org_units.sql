-- Org units: the union hierarchy. Codes are stable and double as Camunda group ids.
create table org_unit (
    code        varchar(64)  not null primary key,
    name        varchar(200) not null,
    level       varchar(32)  not null,
    parent_code varchar(64)  references org_unit (code),
    active      boolean      not null,
    source      varchar(16)  not null,
    updated_at  timestamp    not null,
    version     bigint       not null
);
create index idx_org_unit_parent on org_unit (parent_code);
create index idx_org_unit_level on org_unit (level);

-- Which org data file (and which version of it) was applied last.
create table org_data_state (
    id           integer      not null primary key,
    data_version integer      not null,
    data_source  varchar(500) not null
);
