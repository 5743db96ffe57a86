package nl.thuisplan.notification;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The rows of {@code notification}, {@code notification_preference}, {@code notification_once} and
 * {@code notification_digest}. A person's rows are visible only after {@link #actAs} named it (or '*' for
 * the platform's own work under the system scope), see V19.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface NotificationRepository extends GenericRepository<NotificationRow, Long> {

    /** One notification as listed. */
    @Introspected
    record Item(long notificationId, String kind, String title, @Nullable String summary, String link, Instant createdAt,
                @Nullable Instant readAt) {
    }

    /** A notification to mail, with its recipient's address. */
    @Introspected
    record Pending(long notificationId, long userId, String email, String displayName, String title, @Nullable String summary,
                   String link, Instant createdAt) {
    }

    /** Whose notifications this transaction reads: a user id, or '*' for the platform's own work. */
    @Query("select set_config('thuisplan.person', :person, true)")
    String actAs(String person);

    @Query("select user_id from app_user where username = :username")
    Optional<Long> userId(String username);

    @Query("insert into notification (region_id, user_id, kind, title, summary, link) "
            + "values (:regionId, :userId, :kind, :title, :summary, :link)")
    void insert(int regionId, long userId, String kind, String title, @Nullable String summary, String link);

    @Query("""
            select notification_id, kind, title, summary, link, created_at, read_at from notification
            where user_id = :userId order by created_at desc, notification_id desc limit :limit offset :offset""")
    List<Item> page(long userId, int limit, int offset);

    @Query("select count(*) from notification where user_id = :userId")
    long count(long userId);

    @Query("select count(*) from notification where user_id = :userId and read_at is null")
    long unread(long userId);

    @Query("select count(*) from notification where user_id = :userId and notification_id = :id")
    long own(long userId, long id);

    @Query("update notification set read_at = now() where user_id = :userId and notification_id = :id and read_at is null")
    int markRead(long userId, long id);

    @Query("update notification set read_at = now() where user_id = :userId and read_at is null")
    int markAllRead(long userId);

    @Query("select mail from notification_preference where user_id = :userId")
    Optional<String> preference(long userId);

    @Query("insert into notification_preference (user_id, mail) values (:userId, :mail) "
            + "on conflict (user_id) do update set mail = excluded.mail, updated_at = now()")
    void setPreference(long userId, String mail);

    /** 1 the first time a key is taken in a region, 0 after (another instance, another click, another day's run). */
    @Query("insert into notification_once (region_id, once_key, actor) values (:regionId, :key, :actor) on conflict do nothing")
    int once(int regionId, String key, String actor);

    String PENDING = """
            select n.notification_id, n.user_id, u.email, u.display_name, n.title, n.summary, n.link, n.created_at
            from notification n join app_user u on u.user_id = n.user_id
            left join notification_preference p on p.user_id = n.user_id
            where n.mailed_at is null and n.created_at > now() - interval '1 day' and u.active and u.email is not null
            """;

    /**
     * Not yet mailed notifications of people who want them at once, locked so that a second instance
     * sweeping at the same moment skips them (it would otherwise mail them twice).
     */
    @Query(PENDING + " and coalesce(p.mail, :immediate) = :immediate order by n.notification_id limit 500 for update of n skip locked")
    List<Pending> pendingImmediate(String immediate);

    /** A digest reader's unread, unmailed notifications of the last day, locked as above. */
    @Query(PENDING + " and n.user_id = :userId and n.read_at is null order by n.notification_id for update of n skip locked")
    List<Pending> digestOf(long userId);

    @Query("update notification set mailed_at = now() where notification_id = any(cast(:ids as bigint[]))")
    int markMailed(String[] ids);

    /** People who chose the digest and have something unread and unmailed from the last day. */
    @Query("""
            select p.user_id from notification_preference p where p.mail = :digest and exists (
              select 1 from notification n where n.user_id = p.user_id and n.read_at is null and n.mailed_at is null
                and n.created_at > now() - interval '1 day')""")
    List<Long> digestReaders(String digest);

    /** 1 when this instance sends the person's digest of that day, 0 when it was sent already. */
    @Query("insert into notification_digest (user_id, day) values (:userId, :day) on conflict do nothing")
    int claimDigest(long userId, LocalDate day);
}
