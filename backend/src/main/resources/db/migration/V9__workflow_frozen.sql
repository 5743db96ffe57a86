-- Why: V3–V6 each wrote their own "frozen once adopted" trigger function, near-copies of one rule
-- (issue 12, one workflow shape). This migration replaces them with two generic functions that take
-- the table's frozen status, the stable error code (the hint) and a label as trigger arguments, so a
-- new adoptable thing declares its triggers in one line each. The rules themselves do not change.
-- demand_figure_editable (V3) stays: it is not "frozen once adopted" but "editable only while
-- CONCEPT or RETURNED", and it also checks the figure's municipality.

-- The aggregate's own row. Arguments: frozen status, hint (stable code), label for the message.
create function workflow_frozen() returns trigger language plpgsql as
$$
begin
    if old.status = tg_argv[0] then
        raise exception '% is % and cannot change', tg_argv[2], lower(tg_argv[0])
            using errcode = 'check_violation', hint = tg_argv[1];
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end
$$;

-- A part of an aggregate (categories, quotas, sections, comments): the parent row's status decides.
-- Arguments: parent table, parent id column (the part has a column of the same name, and region_id),
-- frozen status, hint, label. The names come from the trigger definitions below, never from data.
create function workflow_part_frozen() returns trigger language plpgsql as
$$
declare
    part jsonb;
    parent_status text;
begin
    -- an update is checked against the parent before and after, so a part cannot move out of,
    -- or into, a frozen aggregate
    foreach part in array case tg_op when 'INSERT' then array[to_jsonb(new)]
                                     when 'DELETE' then array[to_jsonb(old)]
                                     else array[to_jsonb(old), to_jsonb(new)] end
    loop
        execute format('select status from %I where region_id = $1 and %I = $2', tg_argv[0], tg_argv[1])
            into parent_status
            using (part ->> 'region_id')::integer, (part ->> tg_argv[1])::bigint;
        if parent_status = tg_argv[2] then
            raise exception '% % is % and cannot change', tg_argv[4], part ->> tg_argv[1], lower(tg_argv[2])
                using errcode = 'check_violation', hint = tg_argv[3];
        end if;
    end loop;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end
$$;

drop trigger demand_analysis_immutable on demand_analysis;
drop function demand_analysis_immutable();
create trigger demand_analysis_frozen before update or delete on demand_analysis
    for each row execute function workflow_frozen('ADOPTED', 'DEMAND_LOCKED', 'demand analysis');

drop trigger allocation_model_frozen on allocation_model;
drop trigger allocation_scenario_frozen on allocation_scenario;
drop function allocation_frozen();
create trigger allocation_model_frozen before update or delete on allocation_model
    for each row execute function workflow_frozen('ADOPTED', 'ALLOCATION_LOCKED', 'allocation model');
create trigger allocation_scenario_frozen before update or delete on allocation_scenario
    for each row execute function workflow_frozen('ADOPTED', 'ALLOCATION_LOCKED', 'allocation scenario');

drop trigger urgency_scheme_frozen on urgency_scheme;
drop trigger urgency_category_frozen on urgency_category;
drop trigger urgency_quota_frozen on urgency_quota;
drop function urgency_scheme_frozen();
drop function urgency_frozen();
create trigger urgency_scheme_frozen before update or delete on urgency_scheme
    for each row execute function workflow_frozen('ADOPTED', 'URGENCY_LOCKED', 'urgency scheme');
create trigger urgency_category_frozen before insert or update or delete on urgency_category
    for each row execute function workflow_part_frozen('urgency_scheme', 'scheme_id', 'ADOPTED', 'URGENCY_LOCKED', 'urgency scheme');
create trigger urgency_quota_frozen before insert or update or delete on urgency_quota
    for each row execute function workflow_part_frozen('urgency_scheme', 'scheme_id', 'ADOPTED', 'URGENCY_LOCKED', 'urgency scheme');

drop trigger wzv_template_version_frozen on wzv_template_version;
drop function wzv_template_version_frozen();
create trigger wzv_template_version_frozen before update or delete on wzv_template_version
    for each row execute function workflow_frozen('PUBLISHED', 'WZV_TEMPLATE_LOCKED', 'template version');

drop trigger wzv_document_frozen on wzv_document;
drop trigger wzv_document_section_frozen on wzv_document_section;
drop trigger wzv_review_comment_frozen on wzv_review_comment;
drop function wzv_document_frozen();
drop function wzv_document_part_frozen();
create trigger wzv_document_frozen before update or delete on wzv_document
    for each row execute function workflow_frozen('ADOPTED', 'WZV_DOCUMENT_LOCKED', 'woonzorgvisie');
create trigger wzv_document_section_frozen before insert or update or delete on wzv_document_section
    for each row execute function workflow_part_frozen('wzv_document', 'document_id', 'ADOPTED', 'WZV_DOCUMENT_LOCKED', 'woonzorgvisie');
create trigger wzv_review_comment_frozen before insert or update or delete on wzv_review_comment
    for each row execute function workflow_part_frozen('wzv_document', 'document_id', 'ADOPTED', 'WZV_DOCUMENT_LOCKED', 'woonzorgvisie');
