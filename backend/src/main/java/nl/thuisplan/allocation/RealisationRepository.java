package nl.thuisplan.allocation;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.thuisplan.allocation.ModelRepository.Model;
import nl.thuisplan.common.Sql;

/** Adopted targets, realisation and swaps of one model. */
@Singleton
class RealisationRepository {

    record Target(String code, String name, String quota, int target) {
    }

    @io.micronaut.serde.annotation.Serdeable
    record Realisation(String code, int realised, @Nullable String note, int version) {
    }

    record SwapRow(long id, String from, String to, int amount, String reason, String status, String proposedFor,
                   String proposedBy, OffsetDateTime proposedAt, @Nullable String decidedBy, @Nullable OffsetDateTime decidedAt) {
    }

    private final Sql sql;

    RealisationRepository(Sql sql) {
        this.sql = sql;
    }

    List<Target> targets(Model m) {
        return sql.list("select municipality_code, municipality_name, quota, target from allocation_target "
                        + "where region_id = ? and model_id = ? order by municipality_name, municipality_code",
                ps -> bind(ps, m), rs -> new Target(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
    }

    Map<String, Realisation> realisations(Model m) {
        Map<String, Realisation> out = new HashMap<>();
        sql.list("select municipality_code, realised, note, version from allocation_realisation where region_id = ? and model_id = ?",
                ps -> bind(ps, m), rs -> out.put(rs.getString(1),
                        new Realisation(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getInt(4))));
        return out;
    }

    Optional<Realisation> realisation(Model m, String code) {
        return Optional.ofNullable(realisations(m).get(code));
    }

    /** False when a row already exists (someone recorded first). */
    boolean insertRealisation(Model m, String code, int realised, @Nullable String note, String actor) {
        return sql.update("insert into allocation_realisation (region_id, model_id, municipality_code, realised, note, updated_by) "
                        + "values (?, ?, ?, ?, ?, ?) on conflict do nothing",
                ps -> {
                    bind(ps, m);
                    ps.setString(3, code);
                    ps.setInt(4, realised);
                    ps.setString(5, note);
                    ps.setString(6, actor);
                }) == 1;
    }

    boolean updateRealisation(Model m, String code, int realised, @Nullable String note, int version, String actor) {
        return sql.update("update allocation_realisation set realised = ?, note = ?, version = version + 1, updated_at = now(), "
                        + "updated_by = ? where region_id = ? and model_id = ? and municipality_code = ? and version = ?",
                ps -> {
                    ps.setInt(1, realised);
                    ps.setString(2, note);
                    ps.setString(3, actor);
                    ps.setInt(4, m.regionId());
                    ps.setLong(5, m.id());
                    ps.setString(6, code);
                    ps.setInt(7, version);
                }) == 1;
    }

    List<SwapRow> swaps(Model m) {
        return sql.list("select swap_id, from_code, to_code, amount, reason, status, proposed_for, proposed_by, proposed_at, "
                        + "decided_by, decided_at from allocation_swap where region_id = ? and model_id = ? order by swap_id",
                ps -> bind(ps, m), rs -> new SwapRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getObject(9, OffsetDateTime.class), rs.getString(10), rs.getObject(11, OffsetDateTime.class)));
    }

    Optional<SwapRow> swap(long id) {
        return sql.one("select swap_id, from_code, to_code, amount, reason, status, proposed_for, proposed_by, proposed_at, "
                        + "decided_by, decided_at, model_id from allocation_swap where swap_id = ?",
                ps -> ps.setLong(1, id), rs -> new SwapRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getObject(9, OffsetDateTime.class), rs.getString(10), rs.getObject(11, OffsetDateTime.class)));
    }

    Optional<Long> swapModel(long swapId) {
        return sql.one("select model_id from allocation_swap where swap_id = ?", ps -> ps.setLong(1, swapId), rs -> rs.getLong(1));
    }

    long insertSwap(Model m, String from, String to, int amount, String reason, String proposedFor, String actor) {
        return sql.one("insert into allocation_swap (region_id, model_id, from_code, to_code, amount, reason, proposed_for, proposed_by) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?) returning swap_id",
                ps -> {
                    bind(ps, m);
                    ps.setString(3, from);
                    ps.setString(4, to);
                    ps.setInt(5, amount);
                    ps.setString(6, reason);
                    ps.setString(7, proposedFor);
                    ps.setString(8, actor);
                }, rs -> rs.getLong(1)).orElseThrow();
    }

    boolean decide(Model m, long swapId, String status, String actor) {
        return sql.update("update allocation_swap set status = ?, decided_by = ?, decided_at = now(), version = version + 1 "
                        + "where region_id = ? and model_id = ? and swap_id = ? and status = 'PROPOSED'",
                ps -> {
                    ps.setString(1, status);
                    ps.setString(2, actor);
                    ps.setInt(3, m.regionId());
                    ps.setLong(4, m.id());
                    ps.setLong(5, swapId);
                }) == 1;
    }

    /** Serialises decisions on one model's swaps, so two confirmations cannot both spend the same target. */
    void lockModel(Model m) {
        sql.list("select 1 from allocation_model where region_id = ? and model_id = ? for update", ps -> bind(ps, m), rs -> 1);
    }

    private static void bind(java.sql.PreparedStatement ps, Model m) throws java.sql.SQLException {
        ps.setInt(1, m.regionId());
        ps.setLong(2, m.id());
    }
}
