-- Why: audit_event was visible per region only, so with the database wall alone a gemeente scope
-- read its neighbours' demand cell values and notes, and a province scope (no drafts) read the full
-- text of concept woonzorgvisie sections (finding 5 of the outside test). An event now carries the
-- terms of the row it describes, at the stage it describes: the history of a demand analysis or a
-- woonzorgvisie is the history of its work in progress, so it is visible to the scopes that may see
-- that work in progress (drafts on, the municipality in scope; a regional one needs the whole
-- region), also after adoption. Events of regional things (models, urgentieregeling, templates,
-- target groups, deadlines, people) keep the region term. Writing keeps the region term only: the
-- wall against writing into another region stays, and a write is never refused for what the writer
-- may read back.
create function audit_event_visible(r integer, kind text, id text) returns boolean
    language sql stable parallel safe as
$$
select region_in_scope(r) and case kind
    -- entity_id is '<municipality code>/<year>' or 'REGIONAL/<year>' (Analysis.auditKey)
    when 'demand_analysis' then drafts_in_scope()
        and municipality_in_scope(nullif(split_part(id, '/', 1), 'REGIONAL'))
    -- the document's own terms as if it were still a concept; the document row's policy applies too
    when 'wzv_document' then exists (select 1 from wzv_document w
        where w.region_id = r and w.document_id::text = id
          and wzv_document_visible(w.region_id, w.municipality_code, 'CONCEPT'))
    else true
end
$$;

drop policy audit_event_scope on audit_event;
create policy audit_event_read on audit_event for select
    using (audit_event_visible(region_id, entity_type, entity_id));
create policy audit_event_write on audit_event for insert
    with check (region_in_scope(region_id));
