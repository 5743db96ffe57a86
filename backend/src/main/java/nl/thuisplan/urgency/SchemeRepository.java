package nl.thuisplan.urgency;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.thuisplan.common.Sql;
import nl.thuisplan.urgency.UrgencyViews.AppliesTo;
import nl.thuisplan.urgency.UrgencyViews.Category;
import nl.thuisplan.urgency.UrgencyViews.Quota;

/** Urgency scheme versions with their categories, quotas and deviations; inside the caller's tenant transaction. */
@Singleton
class SchemeRepository {

    record Row(int regionId, String regionCode, String regionName, long id, String name, int versionNo, String status,
               LocalDate validFrom, LocalDate validTo, @Nullable String legalName, @Nullable LocalDate legalDate,
               @Nullable Long basedOn, int lockVersion, @Nullable OffsetDateTime adoptedAt, @Nullable String adoptedBy) {
        boolean adopted() {
            return "ADOPTED".equals(status);
        }
    }

    /** The header fields a PUT or a create writes. */
    record Header(String name, LocalDate validFrom, LocalDate validTo, @Nullable String legalName, @Nullable LocalDate legalDate) {
    }

    record DeviationRow(long id, long quotaId, String municipality, @Nullable BigDecimal share, @Nullable Integer perYear,
                        String reason, String status, String proposedBy, OffsetDateTime proposedAt, @Nullable String decidedBy,
                        @Nullable OffsetDateTime decidedAt) {
    }

    private static final String COLUMNS = "s.region_id, r.code, r.name, s.scheme_id, s.name, s.version_no, s.status, s.valid_from, "
            + "s.valid_to, s.legal_name, s.legal_date, s.based_on, s.lock_version, s.adopted_at, s.adopted_by "
            + "from urgency_scheme s join region r on r.region_id = s.region_id ";

    private final Sql sql;

    SchemeRepository(Sql sql) {
        this.sql = sql;
    }

    List<Row> schemes(int regionId) {
        return sql.list("select " + COLUMNS + "where s.region_id = ? order by s.version_no desc", ps -> ps.setInt(1, regionId),
                SchemeRepository::row);
    }

    Optional<Row> scheme(long id) {
        return sql.one("select " + COLUMNS + "where s.scheme_id = ?", ps -> ps.setLong(1, id), SchemeRepository::row);
    }

    /** Adopted versions of the region whose validity overlaps [from, to], other than {@code except}. */
    List<Row> adoptedOverlapping(int regionId, LocalDate from, LocalDate to, long except) {
        return sql.list("select " + COLUMNS + "where s.region_id = ? and s.status = 'ADOPTED' and s.scheme_id <> ? "
                        + "and s.valid_from <= ? and s.valid_to >= ? order by s.version_no",
                ps -> {
                    ps.setInt(1, regionId);
                    ps.setLong(2, except);
                    ps.setDate(3, Date.valueOf(to));
                    ps.setDate(4, Date.valueOf(from));
                }, SchemeRepository::row);
    }

    long insert(int regionId, Header h, @Nullable Long basedOn, String actor) {
        return sql.one("insert into urgency_scheme (region_id, name, version_no, valid_from, valid_to, legal_name, legal_date, "
                        + "based_on, created_by, updated_by) values (?, ?, (select coalesce(max(version_no), 0) + 1 from "
                        + "urgency_scheme where region_id = ?), ?, ?, ?, ?, ?, ?, ?) returning scheme_id",
                ps -> {
                    ps.setInt(1, regionId);
                    ps.setString(2, h.name());
                    ps.setInt(3, regionId);
                    ps.setDate(4, Date.valueOf(h.validFrom()));
                    ps.setDate(5, Date.valueOf(h.validTo()));
                    ps.setString(6, h.legalName());
                    ps.setDate(7, h.legalDate() == null ? null : Date.valueOf(h.legalDate()));
                    ps.setObject(8, basedOn, Types.BIGINT);
                    ps.setString(9, actor);
                    ps.setString(10, actor);
                }, rs -> rs.getLong(1)).orElseThrow();
    }

    boolean updateHeader(Row s, Header h, int lockVersion, String actor) {
        return sql.update("update urgency_scheme set name = ?, valid_from = ?, valid_to = ?, legal_name = ?, legal_date = ?, "
                        + "lock_version = lock_version + 1, updated_at = now(), updated_by = ? "
                        + "where region_id = ? and scheme_id = ? and lock_version = ? and status = 'CONCEPT'",
                ps -> {
                    ps.setString(1, h.name());
                    ps.setDate(2, Date.valueOf(h.validFrom()));
                    ps.setDate(3, Date.valueOf(h.validTo()));
                    ps.setString(4, h.legalName());
                    ps.setDate(5, h.legalDate() == null ? null : Date.valueOf(h.legalDate()));
                    ps.setString(6, actor);
                    ps.setInt(7, s.regionId());
                    ps.setLong(8, s.id());
                    ps.setInt(9, lockVersion);
                }) == 1;
    }

    boolean adopt(Row s, int lockVersion, String actor) {
        return sql.update("update urgency_scheme set status = 'ADOPTED', adopted_at = now(), adopted_by = ?, "
                        + "lock_version = lock_version + 1 where region_id = ? and scheme_id = ? and lock_version = ? "
                        + "and status = 'CONCEPT'",
                ps -> {
                    ps.setString(1, actor);
                    ps.setInt(2, s.regionId());
                    ps.setLong(3, s.id());
                    ps.setInt(4, lockVersion);
                }) == 1;
    }

    boolean delete(Row s, int lockVersion) {
        return sql.update("delete from urgency_scheme where region_id = ? and scheme_id = ? and lock_version = ? and status = 'CONCEPT'",
                ps -> {
                    ps.setInt(1, s.regionId());
                    ps.setLong(2, s.id());
                    ps.setInt(3, lockVersion);
                }) == 1;
    }

    List<Category> categories(Row s) {
        return sql.list("select code, name, mandatory_code, target_groups, criteria, evidence, decision_days, wait_norm_days, "
                        + "priority from urgency_category where region_id = ? and scheme_id = ? order by priority, code",
                ps -> bind(ps, s), rs -> new Category(rs.getString(1), rs.getString(2), rs.getString(3), strings(rs.getArray(4)),
                        rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getInt(9)));
    }

    void replaceCategories(Row s, List<Category> categories) {
        sql.update("delete from urgency_category where region_id = ? and scheme_id = ?", ps -> bind(ps, s));
        sql.batch("insert into urgency_category (region_id, scheme_id, code, name, mandatory_code, target_groups, criteria, "
                        + "evidence, decision_days, wait_norm_days, priority) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                categories.stream().<Sql.Binder>map(c -> ps -> {
                    bind(ps, s);
                    ps.setString(3, c.code());
                    ps.setString(4, c.name());
                    ps.setString(5, c.mandatory());
                    ps.setArray(6, array(ps.getConnection(), c.targetGroups()));
                    ps.setString(7, c.criteria());
                    ps.setString(8, c.evidence());
                    ps.setInt(9, c.decisionDays());
                    ps.setInt(10, c.waitNormDays());
                    ps.setInt(11, c.priority());
                }).toList());
    }

    List<Quota> quotas(Row s) {
        return sql.list("select quota_id, label, regular, categories, kind, share, per_year from urgency_quota "
                        + "where region_id = ? and scheme_id = ? order by position",
                ps -> bind(ps, s), rs -> new Quota(rs.getLong(1), rs.getString(2), new AppliesTo(rs.getBoolean(3),
                        strings(rs.getArray(4))), rs.getString(5),
                        rs.getBigDecimal(6) == null ? null : rs.getBigDecimal(6).stripTrailingZeros().toPlainString(),
                        (Integer) rs.getObject(7)));
    }

    /**
     * Quotas with an id keep it (their deviations stay attached); quotas no longer listed go, with
     * their deviations; new ones are added. Positions follow the list.
     */
    void replaceQuotas(Row s, List<Quota> quotas) {
        List<Long> keep = quotas.stream().map(Quota::id).filter(java.util.Objects::nonNull).toList();
        sql.update("delete from urgency_quota where region_id = ? and scheme_id = ? and not (quota_id = any(?))", ps -> {
            bind(ps, s);
            ps.setArray(3, ps.getConnection().createArrayOf("bigint", keep.toArray()));
        });
        // move kept positions out of the way first, so the unique (scheme, position) holds at every step
        sql.update("update urgency_quota set position = position + 100000 where region_id = ? and scheme_id = ?", ps -> bind(ps, s));
        for (int i = 0; i < quotas.size(); i++) {
            Quota q = quotas.get(i);
            int position = i;
            if (q.id() != null) {
                sql.update("update urgency_quota set position = ?, label = ?, regular = ?, categories = ?, kind = ?, share = ?, "
                                + "per_year = ? where region_id = ? and scheme_id = ? and quota_id = ?",
                        ps -> {
                            bindQuota(ps, 1, position, q);
                            ps.setInt(8, s.regionId());
                            ps.setLong(9, s.id());
                            ps.setLong(10, q.id());
                        });
            } else {
                sql.update("insert into urgency_quota (position, label, regular, categories, kind, share, per_year, region_id, scheme_id) "
                                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        ps -> {
                            bindQuota(ps, 1, position, q);
                            ps.setInt(8, s.regionId());
                            ps.setLong(9, s.id());
                        });
            }
        }
    }

    List<DeviationRow> deviations(Row s) {
        return sql.list("select d.deviation_id, d.quota_id, d.municipality_code, d.share, d.per_year, d.reason, d.status, "
                        + "d.proposed_by, d.proposed_at, d.decided_by, d.decided_at from urgency_deviation d "
                        + "where d.region_id = ? and d.scheme_id = ? order by d.deviation_id",
                ps -> bind(ps, s), rs -> new DeviationRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4),
                        (Integer) rs.getObject(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getObject(9, OffsetDateTime.class), rs.getString(10), rs.getObject(11, OffsetDateTime.class)));
    }

    Optional<Long> deviationScheme(long deviationId) {
        return sql.one("select scheme_id from urgency_deviation where deviation_id = ?", ps -> ps.setLong(1, deviationId),
                rs -> rs.getLong(1));
    }

    long insertDeviation(Row s, long quotaId, String municipality, @Nullable BigDecimal share, @Nullable Integer perYear,
                         String reason, String actor) {
        return sql.one("insert into urgency_deviation (region_id, scheme_id, quota_id, municipality_code, share, per_year, reason, "
                        + "proposed_by) values (?, ?, ?, ?, ?, ?, ?, ?) returning deviation_id",
                ps -> {
                    bind(ps, s);
                    ps.setLong(3, quotaId);
                    ps.setString(4, municipality);
                    ps.setBigDecimal(5, share);
                    ps.setObject(6, perYear, Types.INTEGER);
                    ps.setString(7, reason);
                    ps.setString(8, actor);
                }, rs -> rs.getLong(1)).orElseThrow();
    }

    boolean decideDeviation(Row s, long deviationId, String status, String actor) {
        return sql.update("update urgency_deviation set status = ?, decided_by = ?, decided_at = now() "
                        + "where region_id = ? and scheme_id = ? and deviation_id = ? and status = 'PROPOSED'",
                ps -> {
                    ps.setString(1, status);
                    ps.setString(2, actor);
                    ps.setInt(3, s.regionId());
                    ps.setLong(4, s.id());
                    ps.setLong(5, deviationId);
                }) == 1;
    }

    private static void bindQuota(PreparedStatement ps, int first, int position, Quota q) throws SQLException {
        ps.setInt(first, position);
        ps.setString(first + 1, q.label());
        ps.setBoolean(first + 2, q.appliesTo().regular());
        ps.setArray(first + 3, array(ps.getConnection(), q.appliesTo().categories()));
        ps.setString(first + 4, q.kind());
        ps.setBigDecimal(first + 5, q.share() == null ? null : new BigDecimal(q.share()));
        ps.setObject(first + 6, q.perYear(), Types.INTEGER);
    }

    private static void bind(PreparedStatement ps, Row s) throws SQLException {
        ps.setInt(1, s.regionId());
        ps.setLong(2, s.id());
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getInt(6),
                rs.getString(7), rs.getDate(8).toLocalDate(), rs.getDate(9).toLocalDate(), rs.getString(10),
                rs.getDate(11) == null ? null : rs.getDate(11).toLocalDate(), (Long) rs.getObject(12), rs.getInt(13),
                rs.getObject(14, OffsetDateTime.class), rs.getString(15));
    }

    private static List<String> strings(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }

    private static Array array(Connection c, List<String> values) throws SQLException {
        return c.createArrayOf("text", values.toArray(String[]::new));
    }
}
