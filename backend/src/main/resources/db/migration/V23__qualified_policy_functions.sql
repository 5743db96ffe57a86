-- Why: the row-level-security policies call SQL functions whose bodies named other functions and
-- tables without their schema. pg_dump runs with an empty search_path, so a dump that applies the
-- policies (`pg_dump --enable-row-security`, the way to dump as a role without BYPASSRLS) failed with
-- "function drafts_in_scope() does not exist" on the first table with such a policy. The bodies now
-- name the schema of every function and table they use (built-ins live in pg_catalog, which is always
-- searched). No SET search_path on the functions instead: a function with a SET clause is no longer
-- inlined into the policy, and the planner would lose the index conditions the inlined form gives.
-- The bodies are otherwise unchanged (they are the current ones of V1, V6, V11, V14, V15, V17, V19).
-- The application role also gets to read Flyway's history: an instance without the owner's secret
-- compares the schema's version with the one it expects at start (nl.thuisplan.bootstrap.Migrations).

create or replace function ${flyway:defaultSchema}.wzv_document_visible(r integer, m text, status text) returns boolean
    language sql stable parallel safe as
$$
select ${flyway:defaultSchema}.region_in_scope(r) and (status = 'ADOPTED' or (${flyway:defaultSchema}.drafts_in_scope() and
    case when m is null then coalesce(current_setting('thuisplan.municipalities', true), '') = '*'
         else ${flyway:defaultSchema}.municipality_in_scope(m) end))
$$;

create or replace function ${flyway:defaultSchema}.wzv_document_id_visible(r integer, d bigint) returns boolean
    language sql stable parallel safe as
$$
select exists (select 1 from ${flyway:defaultSchema}.wzv_document w where w.region_id = r and w.document_id = d)
$$;

create or replace function ${flyway:defaultSchema}.municipality_member_in_scope(m text) returns boolean
    language sql stable parallel safe as
$$
select exists (select 1 from ${flyway:defaultSchema}.region_membership rm
               where rm.municipality_code = m
                 and rm.valid_from <= current_date and (rm.valid_to is null or rm.valid_to >= current_date))
$$;

create or replace function ${flyway:defaultSchema}.demand_analysis_id_visible(r integer, a bigint) returns boolean
    language sql stable parallel safe as
$$
select exists (select 1 from ${flyway:defaultSchema}.demand_analysis d where d.region_id = r and d.analysis_id = a)
$$;

create or replace function ${flyway:defaultSchema}.regional_drafts_in_scope() returns boolean
    language sql stable parallel safe as
$$
select ${flyway:defaultSchema}.drafts_in_scope() or coalesce(current_setting('thuisplan.municipalities', true), '') <> ''
$$;

create or replace function ${flyway:defaultSchema}.urgency_scheme_id_visible(r integer, s bigint) returns boolean
    language sql stable parallel safe as
$$
select exists (select 1 from ${flyway:defaultSchema}.urgency_scheme u where u.region_id = r and u.scheme_id = s)
$$;

create or replace function ${flyway:defaultSchema}.audit_event_visible(r integer, kind text, id text) returns boolean
    language sql stable parallel safe as
$$
select ${flyway:defaultSchema}.region_in_scope(r) and case kind
    -- entity_id is '<municipality code>/<year>' or 'REGIONAL/<year>' (Analysis.auditKey)
    when 'demand_analysis' then ${flyway:defaultSchema}.drafts_in_scope()
        and ${flyway:defaultSchema}.municipality_in_scope(nullif(split_part(id, '/', 1), 'REGIONAL'))
    -- the document's own terms as if it were still a concept; the document row's policy applies too
    when 'wzv_document' then exists (select 1 from ${flyway:defaultSchema}.wzv_document w
        where w.region_id = r and w.document_id::text = id
          and ${flyway:defaultSchema}.wzv_document_visible(w.region_id, w.municipality_code, 'CONCEPT'))
    else true
end
$$;

create or replace function ${flyway:defaultSchema}.person_in_scope(u bigint) returns boolean
    language sql stable parallel safe as
$$
select (coalesce(current_setting('thuisplan.person', true), '') = '*' and ${flyway:defaultSchema}.everything_in_scope())
    or coalesce(u::text = nullif(current_setting('thuisplan.person', true), ''), false)
$$;

grant select on ${flyway:defaultSchema}.${flyway:table} to ${approle};
