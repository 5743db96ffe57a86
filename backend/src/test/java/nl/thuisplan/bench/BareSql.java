package nl.thuisplan.bench;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** The statements of a straight cell save, written out for the bare-SQL side of {@link CellSaveBench}. */
final class BareSql {

    static final String ANALYSIS = """
            select a.region_id, r.code, r.name, a.analysis_id, a.municipality_code, m.name, a.year, a.version_no,
                   a.status, a.returned_reason, a.submitted_at, a.submitted_by, a.adopted_at, a.adopted_by,
                   a.updated_at, a.lock_version,
                   (select max(b.version_no) from demand_analysis b where b.region_id = a.region_id
                      and b.municipality_code is not distinct from a.municipality_code and b.year = a.year)
            from demand_analysis a
            join region r on r.region_id = a.region_id
            left join municipality m on m.code = a.municipality_code
            where a.analysis_id = ?""";

    /** The body of demand_write_cell (V10) with positional parameters (in the order of {@link #write}). */
    static final String WRITE = """
            with p as (
              select ?::integer as region_id, ?::bigint as analysis_id, ?::text as municipality, ?::text as grp,
                     ?::text as form, ?::text as measure, ?::integer as value, ?::integer as expected, ?::integer as year
            ), known as (
              select exists (select 1 from region_target_group g, p where g.region_id = p.region_id and g.code = p.grp
                             and g.active) as group_known,
                     exists (select 1 from housing_form f, p where f.code = p.form) as form_known
            ), before as (
              select d.value, d.low, d.high, d.source, d.note, d.version from demand_figure d, p
              where d.region_id = p.region_id and d.analysis_id = p.analysis_id and d.target_group_code = p.grp
                and d.housing_form_code = p.form and d.measure = p.measure
            ), inserted as (
              insert into demand_figure (region_id, analysis_id, municipality_code, target_group_code, housing_form_code,
                                         measure, value, updated_by)
              select p.region_id, p.analysis_id, p.municipality, p.grp, p.form, p.measure, p.value, 'bench'
              from known, p where known.group_known and known.form_known and p.expected is null
              on conflict do nothing
              returning demand_figure.value, demand_figure.version
            ), updated as (
              update demand_figure d set value = p.value, low = null, high = null, source = null, note = null,
                     version = d.version + 1, updated_at = now(), updated_by = 'bench'
              from known, p
              where known.group_known and known.form_known and d.region_id = p.region_id
                and d.analysis_id = p.analysis_id and d.target_group_code = p.grp and d.housing_form_code = p.form
                and d.measure = p.measure and d.version = p.expected
              returning d.value, d.version
            ), written as (
              select * from inserted union all select * from updated
            ), touched as (
              update demand_analysis a set updated_at = now() from p
              where a.region_id = p.region_id and a.analysis_id = p.analysis_id and exists (select 1 from written)
              returning 1
            )
            select w.version, b.value,
                   (select (select f.value from demand_figure f where f.region_id = q.region_id
                              and f.analysis_id = q.analysis_id and f.target_group_code = p.grp
                              and f.housing_form_code = p.form and f.measure = p.measure)
                    from demand_analysis q where q.region_id = p.region_id
                      and q.municipality_code is not distinct from p.municipality and q.year = p.year - 1
                    order by q.version_no desc limit 1),
                   (select trunc(i.value)::bigint from municipal_indicator i
                    where i.municipality_code = p.municipality and i.indicator = 'inhabitants'
                    order by i.reference_date desc limit 1)
            from p, known left join written w on true left join before b on true""";

    static final String AUDIT = "insert into audit_event (region_id, actor, action, entity_type, entity_id, version_no, "
            + "field, old_value, new_value, detail) values (?, 'bench', 'CELL_CHANGED', 'demand_analysis', ?, 1, ?, ?, ?, null)";

    private BareSql() {
    }

    /** The new version, or null when the guard refused. */
    static Integer write(PreparedStatement ps, int regionId, long analysisId, String municipality, int year, String[] key,
                         int value, Integer expected) throws SQLException {
        ps.setInt(1, regionId);
        ps.setLong(2, analysisId);
        ps.setString(3, municipality);
        ps.setString(4, key[0]);
        ps.setString(5, key[1]);
        ps.setString(6, key[2]);
        ps.setInt(7, value);
        ps.setObject(8, expected, Types.INTEGER);
        ps.setInt(9, year);
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return (Integer) rs.getObject(1);
        }
    }

    static void audit(PreparedStatement ps, int regionId, String municipality, String key, Integer version, int value)
            throws SQLException {
        ps.setInt(1, regionId);
        ps.setString(2, municipality + "/bench");
        ps.setString(3, key);
        ps.setString(4, version == null ? null : String.valueOf(version));
        ps.setString(5, String.valueOf(value));
        ps.executeUpdate();
    }
}
