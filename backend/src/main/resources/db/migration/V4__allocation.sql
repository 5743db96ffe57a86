-- Why: fair share (verdeling). A region configures models (target groups × period) with
-- scenarios, adopts one, and the municipalities record realisation and agree swaps against the
-- adopted targets. Adopted scenarios and targets are frozen here, in the database, not only in
-- the application: the numbers end up in council decisions.

-- Indicators: two more kinds, and demo data is labelled as such (never mistaken for CBS figures).
alter table municipal_indicator drop constraint municipal_indicator_indicator_check;
alter table municipal_indicator add constraint municipal_indicator_indicator_check
    check (indicator in ('inhabitants', 'households', 'social_rental_stock', 'lettings', 'existing_places'));
alter table municipal_indicator drop constraint municipal_indicator_status_check;
alter table municipal_indicator add constraint municipal_indicator_status_check
    check (status in ('VERIFIED', 'APPROXIMATE', 'DEMO'));
alter table municipal_indicator add column loaded_by text;

create table allocation_model (
    region_id           integer     not null references region (region_id),
    model_id            bigint generated always as identity,
    name                text        not null check (length(name) between 1 and 200),
    -- sorted, distinct codes of region_target_group; one code = one group, more = a bundle
    target_groups       text[]      not null check (cardinality(target_groups) between 1 and 40),
    period_year         integer     not null check (period_year between 2000 and 2100),
    period_half         smallint check (period_half in (1, 2)),
    status              text        not null default 'CONCEPT' check (status in ('CONCEPT', 'ADOPTED')),
    adopted_scenario_id bigint,
    adopted_at          timestamptz,
    adopted_by          text,
    created_at          timestamptz not null default now(),
    created_by          text        not null,
    lock_version        integer     not null default 0,
    primary key (region_id, model_id),
    unique nulls not distinct (region_id, target_groups, period_year, period_half),
    check (status <> 'ADOPTED' or (adopted_scenario_id is not null and adopted_at is not null and adopted_by is not null))
);

create table allocation_scenario (
    region_id      integer     not null,
    scenario_id    bigint generated always as identity,
    model_id       bigint      not null,
    name           text        not null check (length(name) between 1 and 100),
    version_no     integer     not null check (version_no >= 1),
    status         text        not null default 'CONCEPT' check (status in ('CONCEPT', 'ADOPTED')),
    total_source   text        not null check (total_source in ('ENTERED', 'DEMAND')),
    total          integer     not null check (total between 0 and 10000000),
    method         text        not null,
    reference_date date        not null,
    criteria       jsonb       not null,
    draagkracht    jsonb,
    bounds         jsonb       not null default '[]',
    -- on adoption: the inputs and the complete result as shown, so it never has to be recomputed
    snapshot       jsonb,
    lock_version   integer     not null default 0,
    updated_at     timestamptz not null default now(),
    updated_by     text        not null,
    adopted_at     timestamptz,
    adopted_by     text,
    primary key (region_id, scenario_id),
    unique (region_id, model_id, version_no),
    foreign key (region_id, model_id) references allocation_model (region_id, model_id),
    check (status <> 'ADOPTED' or (snapshot is not null and adopted_at is not null and adopted_by is not null))
);

-- The adopted targets, one row per municipality, with the name as it was (the snapshot is
-- readable by every member, who may not see the other members' rows elsewhere).
create table allocation_target (
    region_id         integer not null,
    model_id          bigint  not null,
    municipality_code text    not null references municipality (code),
    municipality_name text    not null,
    quota             text    not null,
    target            integer not null check (target >= 0),
    primary key (region_id, model_id, municipality_code),
    foreign key (region_id, model_id) references allocation_model (region_id, model_id)
);

create table allocation_realisation (
    region_id         integer     not null,
    model_id          bigint      not null,
    municipality_code text        not null,
    realised          integer     not null check (realised between 0 and 100000),
    note              text check (length(note) <= 1000),
    version           integer     not null default 0,
    updated_at        timestamptz not null default now(),
    updated_by        text        not null,
    primary key (region_id, model_id, municipality_code),
    foreign key (region_id, model_id, municipality_code)
        references allocation_target (region_id, model_id, municipality_code)
);

-- Huisvestingswet art. 29(2): municipalities may swap amounts if the sum stays equal.
create table allocation_swap (
    region_id     integer     not null,
    swap_id       bigint generated always as identity,
    model_id      bigint      not null,
    from_code     text        not null,
    to_code       text        not null,
    amount        integer     not null check (amount between 1 and 100000),
    reason        text        not null check (length(reason) between 1 and 1000),
    status        text        not null default 'PROPOSED'
        check (status in ('PROPOSED', 'CONFIRMED', 'REJECTED', 'WITHDRAWN')),
    proposed_for  text        not null,
    proposed_by   text        not null,
    proposed_at   timestamptz not null default now(),
    decided_by    text,
    decided_at    timestamptz,
    version       integer     not null default 0,
    primary key (region_id, swap_id),
    foreign key (region_id, model_id, from_code) references allocation_target (region_id, model_id, municipality_code),
    foreign key (region_id, model_id, to_code) references allocation_target (region_id, model_id, municipality_code),
    check (from_code <> to_code),
    check (proposed_for in (from_code, to_code))
);
create index allocation_swap_model on allocation_swap (region_id, model_id);

-- Frozen is frozen: an adopted model or scenario changes no more, and is never deleted.
create function allocation_frozen() returns trigger language plpgsql as
$$
begin
    if old.status = 'ADOPTED' then
        raise exception '% is adopted and cannot change', tg_table_name
            using errcode = 'check_violation', hint = 'ALLOCATION_LOCKED';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end
$$;
create trigger allocation_model_frozen before update or delete on allocation_model
    for each row execute function allocation_frozen();
create trigger allocation_scenario_frozen before update or delete on allocation_scenario
    for each row execute function allocation_frozen();

-- Row-level security. Models, scenarios and targets are region data; a realisation row may be
-- written only for a municipality in the caller's scope, a swap only by one of its two parties.
alter table allocation_model enable row level security;
alter table allocation_model force row level security;
create policy allocation_model_scope on allocation_model
    using (region_in_scope(region_id)) with check (region_in_scope(region_id));

alter table allocation_scenario enable row level security;
alter table allocation_scenario force row level security;
create policy allocation_scenario_scope on allocation_scenario
    using (region_in_scope(region_id)) with check (region_in_scope(region_id));

alter table allocation_target enable row level security;
alter table allocation_target force row level security;
create policy allocation_target_scope on allocation_target
    using (region_in_scope(region_id)) with check (region_in_scope(region_id));

alter table allocation_realisation enable row level security;
alter table allocation_realisation force row level security;
create policy allocation_realisation_scope on allocation_realisation
    using (region_in_scope(region_id))
    with check (region_in_scope(region_id) and municipality_in_scope(municipality_code));

alter table allocation_swap enable row level security;
alter table allocation_swap force row level security;
create policy allocation_swap_scope on allocation_swap
    using (region_in_scope(region_id))
    with check (region_in_scope(region_id) and (municipality_in_scope(from_code) or municipality_in_scope(to_code)));

grant select, insert, update, delete on allocation_model, allocation_scenario to ${approle};
-- targets are written once, at adoption, and never changed
grant select, insert on allocation_target to ${approle};
grant select, insert, update on allocation_realisation, allocation_swap to ${approle};
