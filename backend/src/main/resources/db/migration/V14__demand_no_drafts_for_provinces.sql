-- Why: a province analyst's scope holds the municipalities of its province but not their work in
-- progress (thuisplan.drafts = off), as for woonzorgvisies (V6). The demand policies ignored that, so
-- with the database wall alone a province read concept and returned analyses and their figures
-- (issue 14, finding 10). Without drafts only submitted and adopted analyses are visible, and a
-- figure only when its analysis is; the service checks the same (DemandReads.visible).
-- demand_deadline already carries the version its optimistic lock now uses (V3); nothing to add.

drop policy demand_analysis_scope on demand_analysis;
create policy demand_analysis_scope on demand_analysis
    using (region_in_scope(region_id) and municipality_in_scope(municipality_code)
           and (drafts_in_scope() or status in ('SUBMITTED', 'ADOPTED')))
    with check (region_in_scope(region_id) and municipality_in_scope(municipality_code));

-- The subquery obeys the analysis policy above, so a figure follows its analysis.
create function demand_analysis_id_visible(r integer, a bigint) returns boolean
    language sql stable parallel safe as
$$
select exists (select 1 from demand_analysis d where d.region_id = r and d.analysis_id = a)
$$;

drop policy demand_figure_scope on demand_figure;
create policy demand_figure_scope on demand_figure
    using (region_in_scope(region_id) and municipality_in_scope(municipality_code)
           and (drafts_in_scope() or demand_analysis_id_visible(region_id, analysis_id)))
    with check (region_in_scope(region_id) and municipality_in_scope(municipality_code));
