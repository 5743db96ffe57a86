-- Why: the cross-region dashboards compare regions over ten years of demand. Summing the figures of
-- every adopted analysis on each request is too slow at national scale, so each adoption writes its
-- sums once: per (region, municipality or the region's own figures, year, target group), plus a row
-- '*' for all groups together. Only the newest adopted version of a municipality and year counts.
-- A trigger keeps it true whatever path adopts an analysis; the dashboard tests compare it with
-- sums taken straight from demand_figure.

create table demand_total (
    region_id         integer not null references region (region_id),
    total_id          bigint generated always as identity,
    municipality_code text references municipality (code),
    year              integer not null,
    target_group_code text    not null,
    analysis_id       bigint  not null,
    stock             bigint  not null,
    inflow            bigint  not null,
    moves             bigint  not null,
    primary key (region_id, total_id),
    unique nulls not distinct (region_id, municipality_code, year, target_group_code)
);
create index demand_total_year on demand_total (year, target_group_code);

create function demand_total_refresh() returns trigger language plpgsql as
$$
declare
    newest bigint;
begin
    if new.status <> 'ADOPTED' or (tg_op = 'UPDATE' and old.status = 'ADOPTED') then
        return new;
    end if;
    select a.analysis_id into newest from demand_analysis a
    where a.region_id = new.region_id and a.municipality_code is not distinct from new.municipality_code
      and a.year = new.year and a.status = 'ADOPTED'
    order by a.version_no desc limit 1;
    if newest is distinct from new.analysis_id then
        return new; -- an older version adopted late does not replace the newer one
    end if;
    delete from demand_total t where t.region_id = new.region_id
        and t.municipality_code is not distinct from new.municipality_code and t.year = new.year;
    insert into demand_total (region_id, municipality_code, year, target_group_code, analysis_id, stock, inflow, moves)
    select new.region_id, new.municipality_code, new.year, coalesce(f.target_group_code, '*'), new.analysis_id,
           coalesce(sum(f.value) filter (where f.measure = 'STOCK'), 0),
           coalesce(sum(f.value) filter (where f.measure = 'INFLOW'), 0),
           coalesce(sum(f.value) filter (where f.measure = 'MOVES'), 0)
    from demand_figure f where f.region_id = new.region_id and f.analysis_id = new.analysis_id
    group by grouping sets ((f.target_group_code), ());
    return new;
end
$$;
create trigger demand_total_refresh after insert or update of status on demand_analysis
    for each row execute function demand_total_refresh();

-- what is adopted today
select set_config('thuisplan.regions', '*', true), set_config('thuisplan.municipalities', '*', true);
insert into demand_total (region_id, municipality_code, year, target_group_code, analysis_id, stock, inflow, moves)
select a.region_id, a.municipality_code, a.year, coalesce(f.target_group_code, '*'), a.analysis_id,
       coalesce(sum(f.value) filter (where f.measure = 'STOCK'), 0),
       coalesce(sum(f.value) filter (where f.measure = 'INFLOW'), 0),
       coalesce(sum(f.value) filter (where f.measure = 'MOVES'), 0)
from (select distinct on (region_id, municipality_code, year) region_id, analysis_id, municipality_code, year
      from demand_analysis where status = 'ADOPTED' order by region_id, municipality_code, year, version_no desc) a
join demand_figure f on f.region_id = a.region_id and f.analysis_id = a.analysis_id
group by grouping sets ((a.region_id, a.municipality_code, a.year, a.analysis_id, f.target_group_code),
                        (a.region_id, a.municipality_code, a.year, a.analysis_id));

alter table demand_total enable row level security;
alter table demand_total force row level security;
create policy demand_total_scope on demand_total
    using (region_in_scope(region_id) and municipality_in_scope(municipality_code))
    with check (region_in_scope(region_id) and municipality_in_scope(municipality_code));

grant select, insert, delete on demand_total to ${approle};
