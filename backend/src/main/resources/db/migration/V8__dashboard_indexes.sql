-- Why: the dashboards at national scale (issue 7, bench/dashboard.sh). Every dashboard request reads
-- demand_total for one target group over up to ten years, and the fingerprint of the urgency inputs
-- per region reads the '*' rows of one year per region. demand_total_year (year, target_group_code)
-- walks every group of the whole year range to find one; leading with the group makes both a
-- single range. The adopted analyses of a year (completeness, the list of years) scanned all of
-- demand_analysis; a partial index on the adopted ones' year answers them.
create index demand_total_group_year on demand_total (target_group_code, year, region_id);
create index demand_analysis_adopted_year on demand_analysis (year, region_id, municipality_code) where status = 'ADOPTED';
