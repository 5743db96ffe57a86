package nl.thuisplan.woonzorgvisie.template;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Templates and their versions, row by row. Row-level security limits every query to the caller's
 * regions. The chapters are jsonb, read and written as text; {@link TemplateVersions} turns them into
 * {@link TemplateContent.Chapter}s.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface TemplateRepository extends GenericRepository<TemplateRepository.TemplateRow, Long> {

    @MappedEntity("wzv_template")
    record TemplateRow(int regionId, String regionCode, @Id long id, String name, @Nullable String description,
                       OffsetDateTime createdAt) {
    }

    /** A version as stored, its chapters still jsonb text. */
    @MappedEntity("wzv_template_version")
    record VersionData(int regionId, String regionCode, long templateId, @Id int no, String status, String chapters,
                       @Nullable String changeNote, int lockVersion, OffsetDateTime updatedAt, String updatedBy,
                       @Nullable OffsetDateTime publishedAt, @Nullable String publishedBy) {
    }

    @MappedEntity("region")
    record RegionName(@Id int regionId, String name) {
    }

    String TEMPLATE = "select t.region_id, r.code as region_code, t.template_id as id, t.name, t.description, t.created_at "
            + "from wzv_template t join region r on r.region_id = t.region_id ";
    String VERSION = "select v.region_id, r.code as region_code, v.template_id, v.version_no as no, v.status, v.chapters::text as chapters, "
            + "v.change_note, v.lock_version, v.updated_at, v.updated_by, v.published_at, v.published_by "
            + "from wzv_template_version v join region r on r.region_id = v.region_id ";

    /** The regions without any template (demo mode gives each one). */
    @Query("select r.region_id, r.name from region r where not exists "
            + "(select 1 from wzv_template t where t.region_id = r.region_id) order by r.region_id")
    List<RegionName> regionsWithoutTemplate();

    @Query(TEMPLATE + "where t.region_id = :regionId order by t.name")
    List<TemplateRow> templates(int regionId);

    @Query(TEMPLATE + "where t.template_id = :id")
    Optional<TemplateRow> template(long id);

    @Query("select count(*) > 0 from wzv_template where region_id = :regionId and lower(name) = lower(:name)")
    boolean nameTaken(int regionId, String name);

    @Query("insert into wzv_template (region_id, name, description, created_by) values (:regionId, :name, :description, :by) "
            + "returning template_id")
    long insertTemplate(int regionId, String name, @Nullable String description, String by);

    /** All versions of a template, oldest first. */
    @Query(VERSION + "where v.template_id = :templateId order by v.version_no")
    List<VersionData> versions(long templateId);

    @Query(VERSION + "where v.template_id = :templateId and v.version_no = :no")
    Optional<VersionData> version(long templateId, int no);

    /** The newest version in the given status (the newest published one), if any. */
    @Query(VERSION + "where v.template_id = :templateId and v.status = :status order by v.version_no desc limit 1")
    Optional<VersionData> newest(long templateId, String status);

    @Query("insert into wzv_template_version (region_id, template_id, version_no, chapters, change_note, created_by, updated_by) "
            + "values (:regionId, :templateId, :no, cast(:chapters as jsonb), :changeNote, :by, :by)")
    void insertVersion(int regionId, long templateId, int no, String chapters, @Nullable String changeNote, String by);

    /** Saves a draft if nobody saved it since {@code lockVersion}; 0 rows on a conflict. */
    @Query("update wzv_template_version set chapters = cast(:chapters as jsonb), change_note = :changeNote, updated_at = now(), "
            + "updated_by = :by, lock_version = lock_version + 1 where region_id = :regionId and template_id = :templateId "
            + "and version_no = :no and status = :draft and lock_version = :lockVersion")
    int updateDraft(int regionId, long templateId, int no, String chapters, @Nullable String changeNote, int lockVersion,
                    String by, String draft);

    /** Moves a version from {@code from} to {@code to} if its lock version still matches; 0 rows otherwise. */
    @Query("update wzv_template_version set status = :to, published_at = now(), published_by = :by, "
            + "lock_version = lock_version + 1 where region_id = :regionId and template_id = :templateId and version_no = :no "
            + "and status = :from and lock_version = :lockVersion")
    int publish(int regionId, long templateId, int no, int lockVersion, String by, String from, String to);
}
