-- Why: urgentieregelingen. A region keeps versions of one regional scheme (categories, quotas),
-- municipalities propose local deviations, and adopted versions never change and never overlap.

create table urgency_scheme (
    region_id    integer     not null references region (region_id),
    scheme_id    bigint generated always as identity,
    name         text        not null check (length(name) between 1 and 200),
    version_no   integer     not null check (version_no >= 1),
    status       text        not null default 'CONCEPT' check (status in ('CONCEPT', 'ADOPTED')),
    valid_from   date        not null,
    valid_to     date        not null,
    legal_name   text check (length(legal_name) <= 300),
    legal_date   date,
    based_on     bigint,
    lock_version integer     not null default 0,
    created_at   timestamptz not null default now(),
    created_by   text        not null,
    updated_at   timestamptz not null default now(),
    updated_by   text        not null,
    adopted_at   timestamptz,
    adopted_by   text,
    primary key (region_id, scheme_id),
    unique (region_id, version_no),
    check (valid_from <= valid_to),
    check (status <> 'ADOPTED' or (adopted_at is not null and adopted_by is not null)),
    -- two adopted versions of one region never cover the same day
    exclude using gist (region_id with =, daterange(valid_from, valid_to, '[]') with &&) where (status = 'ADOPTED')
);

create table urgency_category (
    region_id       integer not null,
    scheme_id       bigint  not null,
    code            text    not null check (code ~ '^[a-z0-9_]{2,40}$'),
    name            text    not null check (length(name) between 1 and 200),
    mandatory_code  text,
    target_groups   text[]  not null default '{}',
    criteria        text check (length(criteria) <= 4000),
    evidence        text check (length(evidence) <= 4000),
    decision_days   integer not null check (decision_days between 1 and 365),
    wait_norm_days  integer not null check (wait_norm_days between 1 and 3650),
    priority        integer not null check (priority >= 1),
    primary key (region_id, scheme_id, code),
    foreign key (region_id, scheme_id) references urgency_scheme (region_id, scheme_id) on delete cascade
);

create table urgency_quota (
    region_id  integer not null,
    scheme_id  bigint  not null,
    quota_id   bigint generated always as identity,
    position   integer not null,
    label      text    not null check (length(label) between 1 and 200),
    regular    boolean not null default false,
    categories text[]  not null default '{}',
    kind       text    not null check (kind in ('MAX_SHARE', 'MIN_SHARE', 'PER_YEAR')),
    share      numeric(7, 6) check (share between 0 and 1),
    per_year   integer check (per_year between 0 and 1000000),
    primary key (region_id, quota_id),
    unique (region_id, scheme_id, position),
    foreign key (region_id, scheme_id) references urgency_scheme (region_id, scheme_id) on delete cascade,
    check ((kind = 'PER_YEAR') = (per_year is not null) and (kind <> 'PER_YEAR') = (share is not null)),
    check (regular or cardinality(categories) >= 1)
);

create table urgency_deviation (
    region_id         integer     not null,
    deviation_id      bigint generated always as identity,
    scheme_id         bigint      not null,
    quota_id          bigint      not null,
    municipality_code text        not null references municipality (code),
    share             numeric(7, 6) check (share between 0 and 1),
    per_year          integer check (per_year between 0 and 1000000),
    reason            text        not null check (length(reason) between 1 and 2000),
    status            text        not null default 'PROPOSED' check (status in ('PROPOSED', 'ACCEPTED', 'REJECTED')),
    proposed_by       text        not null,
    proposed_at       timestamptz not null default now(),
    decided_by        text,
    decided_at        timestamptz,
    primary key (region_id, deviation_id),
    foreign key (region_id, quota_id) references urgency_quota (region_id, quota_id) on delete cascade,
    check ((share is null) <> (per_year is null))
);

-- Adopted is adopted: the version, its categories and quotas change no more.
create function urgency_frozen() returns trigger language plpgsql as
$$
declare
    s text;
begin
    select status into s from urgency_scheme
    where region_id = coalesce(old.region_id, new.region_id) and scheme_id = coalesce(old.scheme_id, new.scheme_id);
    if s = 'ADOPTED' then
        raise exception 'urgency scheme % is adopted and cannot change', coalesce(old.scheme_id, new.scheme_id)
            using errcode = 'check_violation', hint = 'URGENCY_LOCKED';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end
$$;
create function urgency_scheme_frozen() returns trigger language plpgsql as
$$
begin
    if old.status = 'ADOPTED' then
        raise exception 'urgency scheme % is adopted and cannot change', old.scheme_id
            using errcode = 'check_violation', hint = 'URGENCY_LOCKED';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end
$$;
create trigger urgency_scheme_frozen before update or delete on urgency_scheme
    for each row execute function urgency_scheme_frozen();
create trigger urgency_category_frozen before insert or update or delete on urgency_category
    for each row execute function urgency_frozen();
create trigger urgency_quota_frozen before insert or update or delete on urgency_quota
    for each row execute function urgency_frozen();

alter table urgency_scheme enable row level security;
alter table urgency_scheme force row level security;
create policy urgency_scheme_scope on urgency_scheme
    using (region_in_scope(region_id)) with check (region_in_scope(region_id));
alter table urgency_category enable row level security;
alter table urgency_category force row level security;
create policy urgency_category_scope on urgency_category
    using (region_in_scope(region_id)) with check (region_in_scope(region_id));
alter table urgency_quota enable row level security;
alter table urgency_quota force row level security;
create policy urgency_quota_scope on urgency_quota
    using (region_in_scope(region_id)) with check (region_in_scope(region_id));
-- a deviation is written only for a municipality in the caller's scope (its own, for a gemeente)
alter table urgency_deviation enable row level security;
alter table urgency_deviation force row level security;
create policy urgency_deviation_scope on urgency_deviation
    using (region_in_scope(region_id))
    with check (region_in_scope(region_id) and municipality_in_scope(municipality_code));

grant select, insert, update, delete on urgency_scheme, urgency_category, urgency_quota to ${approle};
grant select, insert, update on urgency_deviation to ${approle};
