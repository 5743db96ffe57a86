-- Why: a cell save took 12–17 statements in two transactions (issue 12, a straight cell save). This
-- function is the one statement that does the save's work in the caller's transaction and under its
-- row-level security (security invoker): it checks that the group is active in the region and the
-- housing form known, reads the cell as it was (for the audit, or for a conflict answer), writes it
-- only if nobody changed it since p_expected (null: it must not exist yet), marks the analysis as
-- updated, and returns what the warnings compare with (the latest version of last year's value, the
-- municipality's newest inhabitants figure). A data-modifying CTE in a function, because Micronaut
-- Data maps a raw insert ... returning as a procedure call; the repository reads its one row.
create function demand_write_cell(p_region_id integer, p_analysis_id bigint, p_municipality text, p_year integer,
                                  p_group text, p_form text, p_measure text, p_value integer, p_low integer,
                                  p_high integer, p_source text, p_note text, p_expected integer, p_actor text)
    returns table (group_known boolean, form_known boolean,
                   value integer, low integer, high integer, source text, note text, version integer,
                   before_value integer, before_low integer, before_high integer, before_source text,
                   before_note text, before_version integer, previous_year_value integer, inhabitants bigint)
    language sql volatile security invoker as
$$
with known as (
    select exists (select 1 from region_target_group g
                   where g.region_id = p_region_id and g.code = p_group and g.active) as group_known,
           exists (select 1 from housing_form f where f.code = p_form) as form_known
), before as (
    select d.value, d.low, d.high, d.source, d.note, d.version from demand_figure d
    where d.region_id = p_region_id and d.analysis_id = p_analysis_id and d.target_group_code = p_group
      and d.housing_form_code = p_form and d.measure = p_measure
), inserted as (
    insert into demand_figure (region_id, analysis_id, municipality_code, target_group_code, housing_form_code,
                               measure, value, low, high, source, note, updated_by)
    select p_region_id, p_analysis_id, p_municipality, p_group, p_form, p_measure,
           p_value, p_low, p_high, p_source, p_note, p_actor
    from known where known.group_known and known.form_known and p_expected is null
    on conflict do nothing
    returning demand_figure.value, demand_figure.low, demand_figure.high, demand_figure.source, demand_figure.note,
              demand_figure.version
), updated as (
    update demand_figure d set value = p_value, low = p_low, high = p_high, source = p_source, note = p_note,
           version = d.version + 1, updated_at = now(), updated_by = p_actor
    from known
    where known.group_known and known.form_known
      and d.region_id = p_region_id and d.analysis_id = p_analysis_id and d.target_group_code = p_group
      and d.housing_form_code = p_form and d.measure = p_measure and d.version = p_expected
    returning d.value, d.low, d.high, d.source, d.note, d.version
), written as (
    select * from inserted union all select * from updated
), touched as (
    update demand_analysis a set updated_at = now()
    where a.region_id = p_region_id and a.analysis_id = p_analysis_id and exists (select 1 from written)
    returning 1
)
select known.group_known, known.form_known,
       w.value, w.low, w.high, w.source, w.note, w.version,
       b.value, b.low, b.high, b.source, b.note, b.version,
       (select (select f.value from demand_figure f
                where f.region_id = p.region_id and f.analysis_id = p.analysis_id and f.target_group_code = p_group
                  and f.housing_form_code = p_form and f.measure = p_measure)
        from demand_analysis p
        where p.region_id = p_region_id and p.municipality_code is not distinct from p_municipality
          and p.year = p_year - 1
        order by p.version_no desc limit 1),
       (select trunc(i.value)::bigint from municipal_indicator i
        where i.municipality_code = p_municipality and i.indicator = 'inhabitants'
        order by i.reference_date desc limit 1)
from known
left join written w on true
left join before b on true
$$;
