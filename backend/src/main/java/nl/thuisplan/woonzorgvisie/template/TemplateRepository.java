package nl.thuisplan.woonzorgvisie.template;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.thuisplan.common.Sql;
import nl.thuisplan.woonzorgvisie.template.TemplateContent.Chapter;

/** Templates and their versions. Row-level security limits every query to the caller's regions. */
@Singleton
public class TemplateRepository {

    public record TemplateRow(int regionId, String regionCode, long id, String name, @Nullable String description,
                              OffsetDateTime createdAt) {
    }

    public record VersionRow(int regionId, long templateId, int no, String status, List<Chapter> chapters,
                             @Nullable String changeNote, int lockVersion, OffsetDateTime updatedAt, String updatedBy,
                             @Nullable OffsetDateTime publishedAt, @Nullable String publishedBy) {

        public boolean published() {
            return "PUBLISHED".equals(status);
        }
    }

    private static final String TEMPLATE = "select t.region_id, r.code, t.template_id, t.name, t.description, t.created_at "
            + "from wzv_template t join region r on r.region_id = t.region_id ";
    private static final String VERSION = "select region_id, template_id, version_no, status, chapters, change_note, lock_version, "
            + "updated_at, updated_by, published_at, published_by from wzv_template_version ";

    private final Sql sql;
    private final JsonMapper json;

    TemplateRepository(Sql sql, JsonMapper json) {
        this.sql = sql;
        this.json = json;
    }

    List<TemplateRow> templates(int regionId) {
        return sql.list(TEMPLATE + "where t.region_id = ? order by t.name", ps -> ps.setInt(1, regionId), TemplateRepository::template);
    }

    public Optional<TemplateRow> template(long id) {
        return sql.one(TEMPLATE + "where t.template_id = ?", ps -> ps.setLong(1, id), TemplateRepository::template);
    }

    boolean nameTaken(int regionId, String name) {
        return sql.one("select 1 from wzv_template where region_id = ? and lower(name) = lower(?)", ps -> {
            ps.setInt(1, regionId);
            ps.setString(2, name);
        }, rs -> 1).isPresent();
    }

    long insertTemplate(int regionId, String name, @Nullable String description, String by) {
        return sql.one("insert into wzv_template (region_id, name, description, created_by) values (?, ?, ?, ?) returning template_id",
                ps -> {
                    ps.setInt(1, regionId);
                    ps.setString(2, name);
                    ps.setString(3, description);
                    ps.setString(4, by);
                }, rs -> rs.getLong(1)).orElseThrow();
    }

    /** All versions of a template, oldest first. */
    public List<VersionRow> versions(long templateId) {
        return sql.list(VERSION + "where template_id = ? order by version_no", ps -> ps.setLong(1, templateId), this::version);
    }

    public Optional<VersionRow> version(long templateId, int no) {
        return sql.one(VERSION + "where template_id = ? and version_no = ?", ps -> {
            ps.setLong(1, templateId);
            ps.setInt(2, no);
        }, this::version);
    }

    /** The newest published version, if any. */
    public Optional<VersionRow> newestPublished(long templateId) {
        return sql.one(VERSION + "where template_id = ? and status = 'PUBLISHED' order by version_no desc limit 1",
                ps -> ps.setLong(1, templateId), this::version);
    }

    void insertVersion(int regionId, long templateId, int no, List<Chapter> chapters, @Nullable String changeNote, String by) {
        sql.update("insert into wzv_template_version (region_id, template_id, version_no, chapters, change_note, created_by, updated_by) "
                + "values (?, ?, ?, cast(? as jsonb), ?, ?, ?)", ps -> {
                    ps.setInt(1, regionId);
                    ps.setLong(2, templateId);
                    ps.setInt(3, no);
                    ps.setString(4, write(chapters));
                    ps.setString(5, changeNote);
                    ps.setString(6, by);
                    ps.setString(7, by);
                });
    }

    /** Saves a draft if nobody saved it since {@code lockVersion}; false on a conflict. */
    boolean updateDraft(VersionRow v, List<Chapter> chapters, @Nullable String changeNote, int lockVersion, String by) {
        return sql.update("update wzv_template_version set chapters = cast(? as jsonb), change_note = ?, updated_at = now(), "
                + "updated_by = ?, lock_version = lock_version + 1 where region_id = ? and template_id = ? and version_no = ? "
                + "and status = 'DRAFT' and lock_version = ?", ps -> {
                    ps.setString(1, write(chapters));
                    ps.setString(2, changeNote);
                    ps.setString(3, by);
                    ps.setInt(4, v.regionId());
                    ps.setLong(5, v.templateId());
                    ps.setInt(6, v.no());
                    ps.setInt(7, lockVersion);
                }) == 1;
    }

    boolean publish(VersionRow v, int lockVersion, String by) {
        return sql.update("update wzv_template_version set status = 'PUBLISHED', published_at = now(), published_by = ?, "
                + "lock_version = lock_version + 1 where region_id = ? and template_id = ? and version_no = ? "
                + "and status = 'DRAFT' and lock_version = ?", ps -> {
                    ps.setString(1, by);
                    ps.setInt(2, v.regionId());
                    ps.setLong(3, v.templateId());
                    ps.setInt(4, v.no());
                    ps.setInt(5, lockVersion);
                }) == 1;
    }

    private static TemplateRow template(ResultSet rs) throws SQLException {
        return new TemplateRow(rs.getInt(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, OffsetDateTime.class));
    }

    private VersionRow version(ResultSet rs) throws SQLException {
        return new VersionRow(rs.getInt(1), rs.getLong(2), rs.getInt(3), rs.getString(4), read(rs.getString(5)), rs.getString(6),
                rs.getInt(7), rs.getObject(8, OffsetDateTime.class), rs.getString(9), rs.getObject(10, OffsetDateTime.class),
                rs.getString(11));
    }

    private String write(List<Chapter> chapters) {
        try {
            return json.writeValueAsString(chapters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Chapter> read(String text) {
        try {
            return json.readValue(text, Argument.listOf(Chapter.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
