-- Why: vraaganalyses. Each municipality records, per year, how many households of each
-- aandachtsgroep need a home, per woonvorm; the region reviews and adopts. Adopted versions are
-- immutable (enforced here, not only in the application); every change is kept in an append-only
-- audit that the application role can insert into but never alter.

-- National catalogues (domain.md). Not region-owned.
create table target_group (
    code       text primary key check (code ~ '^[a-z0-9_]{2,40}$'),
    name       text not null unique,
    sort_order integer not null
);

create table housing_form (
    code       text primary key check (code ~ '^[a-z0-9_]{2,40}$'),
    name       text not null unique,
    sort_order integer not null
);

insert into target_group (code, name, sort_order) values
    ('dakloos', 'Dakloze en thuisloze mensen (incl. dakloze gezinnen met kinderen)', 1),
    ('uitstroom_mo', 'Uitstroom maatschappelijke opvang', 2),
    ('uitstroom_bw', 'Uitstroom beschermd wonen', 3),
    ('uitstroom_ggz', 'Uitstroom GGZ-klinieken', 4),
    ('uitstroom_jeugd', 'Uitstroom jeugdhulp-instellingen', 5),
    ('uitstroom_vo', 'Uitstroom vrouwenopvang / slachtoffers huiselijk geweld', 6),
    ('mensenhandel', 'Slachtoffers mensenhandel', 7),
    ('uitstroom_detentie', 'Uitstroom detentie', 8),
    ('vergunninghouders', 'Vergunninghouders (statushouders)', 9),
    ('medische_urgentie', 'Medische urgentie (ernstig zieken)', 10),
    ('sociale_urgentie', 'Sociale urgentie / acute woonnood', 11),
    ('mantelzorg', 'Mantelzorgers en -ontvangers', 12),
    ('arbeidsmigranten', 'Arbeidsmigranten', 13),
    ('studenten', 'Studenten', 14),
    ('woonwagenbewoners', 'Woonwagenbewoners (standplaatsen)', 15),
    ('ouderen_zorg', 'Ouderen met een zorgvraag', 16),
    ('beperking', 'Mensen met een beperking', 17);

insert into housing_form (code, name, sort_order) values
    ('zelfstandig', 'Zelfstandig wonen', 1),
    ('zelfstandig_begeleid', 'Zelfstandig met begeleiding / huurzorgovereenkomst', 2),
    ('geclusterd', 'Geclusterd wonen', 3),
    ('onzelfstandig_bw', 'Onzelfstandig / beschermd wonen', 4),
    ('opvang_doorstroom', 'Opvang / doorstroomplekken', 5),
    ('tijdelijk_flex', 'Tijdelijk / flexwonen', 6);

-- A region's own list: every national group (switchable on/off) plus the region's own groups.
-- Figures refer to this table, so the foreign key carries region_id.
create table region_target_group (
    region_id     integer not null references region (region_id),
    code          text    not null check (code ~ '^[a-z0-9_]{2,40}$'),
    name          text    not null,
    national_code text references target_group (code),
    active        boolean not null default true,
    sort_order    integer not null,
    version       integer not null default 0,
    primary key (region_id, code),
    unique (region_id, name)
);

create table demand_deadline (
    region_id integer not null references region (region_id),
    year      integer not null check (year between 2000 and 2100),
    deadline  date    not null,
    version   integer not null default 0,
    primary key (region_id, year)
);

-- One analysis per municipality per year, versioned; municipality_code null = the region's own
-- figures for regional facilities, kept apart so totals never count a household twice.
create table demand_analysis (
    region_id         integer     not null references region (region_id),
    analysis_id       bigint generated always as identity,
    municipality_code text references municipality (code),
    year              integer     not null check (year between 2000 and 2100),
    version_no        integer     not null check (version_no >= 1),
    status            text        not null default 'CONCEPT'
        check (status in ('CONCEPT', 'SUBMITTED', 'RETURNED', 'ADOPTED')),
    returned_reason   text,
    submitted_at      timestamptz,
    submitted_by      text,
    adopted_at        timestamptz,
    adopted_by        text,
    created_at        timestamptz not null default now(),
    created_by        text        not null,
    updated_at        timestamptz not null default now(),
    lock_version      integer     not null default 0,
    primary key (region_id, analysis_id),
    unique nulls not distinct (region_id, municipality_code, year, version_no),
    check (status <> 'RETURNED' or returned_reason is not null),
    check (status <> 'ADOPTED' or (adopted_at is not null and adopted_by is not null))
);

create table demand_figure (
    region_id         integer     not null,
    analysis_id       bigint      not null,
    municipality_code text,
    target_group_code text        not null,
    housing_form_code text        not null references housing_form (code),
    measure           text        not null check (measure in ('STOCK', 'INFLOW', 'MOVES')),
    value             integer check (value >= 0),
    low               integer check (low >= 0),
    high              integer check (high >= 0),
    source            text check (length(source) <= 500),
    note              text check (length(note) <= 500),
    version           integer     not null default 0,
    updated_at        timestamptz not null default now(),
    updated_by        text        not null,
    primary key (region_id, analysis_id, target_group_code, housing_form_code, measure),
    foreign key (region_id, analysis_id) references demand_analysis (region_id, analysis_id),
    foreign key (region_id, target_group_code) references region_target_group (region_id, code),
    check (low is null or high is null or low <= high)
);

-- Append-only audit of every change in a region. The application role may insert and read, never
-- update or delete (see the grants below).
create table audit_event (
    region_id   integer     not null references region (region_id),
    event_id    bigint generated always as identity,
    occurred_at timestamptz not null default now(),
    actor       text        not null,
    action      text        not null,
    entity_type text        not null,
    entity_id   text        not null,
    version_no  integer,
    field       text,
    old_value   text,
    new_value   text,
    detail      text,
    primary key (region_id, event_id)
);
create index audit_event_entity on audit_event (region_id, entity_type, entity_id, occurred_at desc);

-- Adopted versions never change: not their status, not their figures.
create function demand_analysis_immutable() returns trigger language plpgsql as
$$
begin
    if old.status = 'ADOPTED' then
        raise exception 'demand analysis % is adopted and cannot change', old.analysis_id
            using errcode = 'check_violation', hint = 'DEMAND_LOCKED';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end
$$;
create trigger demand_analysis_immutable before update or delete on demand_analysis
    for each row execute function demand_analysis_immutable();

create function demand_figure_editable() returns trigger language plpgsql as
$$
declare
    a record;
    r record;
begin
    if tg_op = 'DELETE' then r := old; else r := new; end if;
    select status, municipality_code into a from demand_analysis
    where region_id = r.region_id and analysis_id = r.analysis_id;
    -- an analysis this transaction cannot see counts as locked: fail closed
    if a.status is null or a.status not in ('CONCEPT', 'RETURNED') then
        raise exception 'demand analysis % is % and its figures cannot change', r.analysis_id, coalesce(a.status, 'invisible')
            using errcode = 'check_violation', hint = 'DEMAND_LOCKED';
    end if;
    if tg_op <> 'DELETE' and new.municipality_code is distinct from a.municipality_code then
        raise exception 'figure municipality % differs from its analysis', new.municipality_code
            using errcode = 'check_violation';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end
$$;
create trigger demand_figure_editable before insert or update or delete on demand_figure
    for each row execute function demand_figure_editable();

-- Row-level security: region-owned; figures and analyses also by municipality.
alter table region_target_group enable row level security;
alter table region_target_group force row level security;
create policy region_target_group_scope on region_target_group
    using (region_in_scope(region_id)) with check (region_in_scope(region_id));

alter table demand_deadline enable row level security;
alter table demand_deadline force row level security;
create policy demand_deadline_scope on demand_deadline
    using (region_in_scope(region_id)) with check (region_in_scope(region_id));

alter table demand_analysis enable row level security;
alter table demand_analysis force row level security;
create policy demand_analysis_scope on demand_analysis
    using (region_in_scope(region_id) and municipality_in_scope(municipality_code))
    with check (region_in_scope(region_id) and municipality_in_scope(municipality_code));

alter table demand_figure enable row level security;
alter table demand_figure force row level security;
create policy demand_figure_scope on demand_figure
    using (region_in_scope(region_id) and municipality_in_scope(municipality_code))
    with check (region_in_scope(region_id) and municipality_in_scope(municipality_code));

alter table audit_event enable row level security;
alter table audit_event force row level security;
create policy audit_event_scope on audit_event
    using (region_in_scope(region_id)) with check (region_in_scope(region_id));

grant select on target_group, housing_form to ${approle};
grant select, insert, update on region_target_group, demand_deadline, demand_analysis to ${approle};
grant select, insert, update, delete on demand_figure to ${approle};
grant select, insert on audit_event to ${approle};

-- Every existing region starts with the full national catalogue switched on.
select set_config('thuisplan.regions', '*', true);
insert into region_target_group (region_id, code, name, national_code, sort_order)
select r.region_id, t.code, t.name, t.code, t.sort_order
from region r cross join target_group t;
