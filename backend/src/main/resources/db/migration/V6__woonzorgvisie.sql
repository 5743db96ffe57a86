-- Why: woonzorgvisies. A region keeps templates (versions of a chapter and section list with
-- guidance and starting texts); gemeenten (and the region, for a deelregio) write documents from a
-- published version; the programme manager reviews per section; adoption freezes the text and a
-- snapshot of the figures it showed. Published template versions and adopted documents never change.

-- 'on' when the caller may see work in progress of the municipalities in its scope. A province
-- analyst's scope holds the municipalities of its province but not their drafts.
create function drafts_in_scope() returns boolean
    language sql stable parallel safe as
$$
select coalesce(current_setting('thuisplan.drafts', true), '') = 'on'
$$;

create table wzv_template (
    region_id    integer     not null references region (region_id),
    template_id  bigint generated always as identity,
    name         text        not null check (length(name) between 1 and 200),
    description  text check (length(description) <= 2000),
    created_at   timestamptz not null default now(),
    created_by   text        not null,
    primary key (region_id, template_id),
    unique (template_id),
    unique (region_id, name)
);

-- The chapters and sections of one version as one jsonb document: a version is read, edited and
-- published as a whole; sections are matched across versions by their key.
create table wzv_template_version (
    region_id    integer     not null,
    template_id  bigint      not null,
    version_no   integer     not null check (version_no >= 1),
    status       text        not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED')),
    chapters     jsonb       not null,
    change_note  text check (length(change_note) <= 2000),
    lock_version integer     not null default 0,
    created_at   timestamptz not null default now(),
    created_by   text        not null,
    updated_at   timestamptz not null default now(),
    updated_by   text        not null,
    published_at timestamptz,
    published_by text,
    primary key (region_id, template_id, version_no),
    foreign key (region_id, template_id) references wzv_template (region_id, template_id),
    check (status <> 'PUBLISHED' or (published_at is not null and published_by is not null))
);
-- at most one draft per template
create unique index wzv_template_one_draft on wzv_template_version (region_id, template_id) where status = 'DRAFT';

create function wzv_template_version_frozen() returns trigger language plpgsql as
$$
begin
    if old.status = 'PUBLISHED' then
        raise exception 'template version %/% is published and cannot change', old.template_id, old.version_no
            using errcode = 'check_violation', hint = 'WZV_TEMPLATE_LOCKED';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end
$$;
create trigger wzv_template_version_frozen before update or delete on wzv_template_version
    for each row execute function wzv_template_version_frozen();

-- A document for one gemeente or one deelregio, for a period of years.
create table wzv_document (
    region_id           integer     not null references region (region_id),
    document_id         bigint generated always as identity,
    municipality_code   text references municipality (code),
    subregion_code      text,
    from_year           integer     not null check (from_year between 2000 and 2100),
    to_year             integer     not null check (to_year between 2000 and 2100),
    template_id         bigint      not null,
    template_version_no integer     not null,
    status              text        not null default 'CONCEPT' check (status in ('CONCEPT', 'IN_REVIEW', 'ADOPTED')),
    lock_version        integer     not null default 0,
    created_at          timestamptz not null default now(),
    created_by          text        not null,
    updated_at          timestamptz not null default now(),
    updated_by          text        not null,
    submitted_at        timestamptz,
    submitted_by        text,
    adopted_at          timestamptz,
    adopted_by          text,
    decision_date       date,
    decision_reference  text check (length(decision_reference) <= 200),
    -- the figures the adopted document showed, frozen with it
    snapshot            jsonb,
    primary key (region_id, document_id),
    unique (document_id),
    foreign key (region_id, subregion_code) references subregion (region_id, code),
    foreign key (region_id, template_id, template_version_no) references wzv_template_version (region_id, template_id, version_no),
    check ((municipality_code is null) <> (subregion_code is null)),
    check (to_year >= from_year and to_year - from_year <= 10),
    check (status <> 'ADOPTED' or (adopted_at is not null and adopted_by is not null and snapshot is not null
        and decision_date is not null)),
    unique nulls not distinct (region_id, municipality_code, subregion_code, from_year)
);

create table wzv_document_section (
    region_id           integer     not null,
    document_id         bigint      not null,
    section_key         text        not null check (section_key ~ '^[a-z0-9][a-z0-9._-]{0,60}$'),
    -- the template version whose title, guidance and place this section follows
    template_version_no integer     not null,
    body                text        not null default '' check (length(body) <= 100000),
    lock_version        integer     not null default 0,
    updated_at          timestamptz not null default now(),
    updated_by          text        not null,
    primary key (region_id, document_id, section_key),
    foreign key (region_id, document_id) references wzv_document (region_id, document_id)
);

create table wzv_review_comment (
    region_id    integer     not null,
    comment_id   bigint generated always as identity,
    document_id  bigint      not null,
    section_key  text        not null,
    author       text        not null,
    body         text        not null check (length(body) between 1 and 4000),
    created_at   timestamptz not null default now(),
    resolved_at  timestamptz,
    resolved_by  text,
    primary key (region_id, comment_id),
    unique (comment_id),
    foreign key (region_id, document_id) references wzv_document (region_id, document_id)
);

-- An adopted document, its sections and its comments never change again.
create function wzv_document_frozen() returns trigger language plpgsql as
$$
begin
    if old.status = 'ADOPTED' then
        raise exception 'woonzorgvisie % is adopted and cannot change', old.document_id
            using errcode = 'check_violation', hint = 'WZV_DOCUMENT_LOCKED';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end
$$;
create trigger wzv_document_frozen before update or delete on wzv_document
    for each row execute function wzv_document_frozen();

create function wzv_document_part_frozen() returns trigger language plpgsql as
$$
declare
    s text;
begin
    select d.status into s from wzv_document d
    where d.region_id = coalesce(new.region_id, old.region_id) and d.document_id = coalesce(new.document_id, old.document_id);
    if s = 'ADOPTED' then
        raise exception 'woonzorgvisie % is adopted and cannot change', coalesce(new.document_id, old.document_id)
            using errcode = 'check_violation', hint = 'WZV_DOCUMENT_LOCKED';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end
$$;
create trigger wzv_document_section_frozen before insert or update or delete on wzv_document_section
    for each row execute function wzv_document_part_frozen();
create trigger wzv_review_comment_frozen before insert or update or delete on wzv_review_comment
    for each row execute function wzv_document_part_frozen();

-- Who sees a document: everyone in the region once adopted; before that only those whose scope
-- holds the municipality and its drafts (its own officer, the region), and for a deelregio only
-- the region (a scope with all municipalities).
create function wzv_document_visible(r integer, m text, status text) returns boolean
    language sql stable parallel safe as
$$
select region_in_scope(r) and (status = 'ADOPTED' or (drafts_in_scope() and
    case when m is null then coalesce(current_setting('thuisplan.municipalities', true), '') = '*'
         else municipality_in_scope(m) end))
$$;

create function wzv_document_id_visible(r integer, d bigint) returns boolean
    language sql stable parallel safe as
$$
select exists (select 1 from wzv_document w where w.region_id = r and w.document_id = d)
$$;

alter table wzv_template enable row level security;
alter table wzv_template force row level security;
create policy wzv_template_scope on wzv_template
    using (region_in_scope(region_id)) with check (region_in_scope(region_id));

alter table wzv_template_version enable row level security;
alter table wzv_template_version force row level security;
create policy wzv_template_version_scope on wzv_template_version
    using (region_in_scope(region_id)) with check (region_in_scope(region_id));

alter table wzv_document enable row level security;
alter table wzv_document force row level security;
create policy wzv_document_scope on wzv_document
    using (wzv_document_visible(region_id, municipality_code, status))
    with check (region_in_scope(region_id) and drafts_in_scope() and
        case when municipality_code is null then coalesce(current_setting('thuisplan.municipalities', true), '') = '*'
             else municipality_in_scope(municipality_code) end);

-- sections and comments follow their document (the subquery obeys the document's policy)
alter table wzv_document_section enable row level security;
alter table wzv_document_section force row level security;
create policy wzv_document_section_scope on wzv_document_section
    using (wzv_document_id_visible(region_id, document_id))
    with check (wzv_document_id_visible(region_id, document_id));

alter table wzv_review_comment enable row level security;
alter table wzv_review_comment force row level security;
create policy wzv_review_comment_scope on wzv_review_comment
    using (wzv_document_id_visible(region_id, document_id))
    with check (wzv_document_id_visible(region_id, document_id));

grant select, insert, update on wzv_template to ${approle};
grant select, insert, update, delete on wzv_template_version, wzv_document, wzv_document_section to ${approle};
grant select, insert, update on wzv_review_comment to ${approle};
