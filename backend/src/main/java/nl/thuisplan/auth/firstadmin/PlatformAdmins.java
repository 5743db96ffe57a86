package nl.thuisplan.auth.firstadmin;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import nl.thuisplan.auth.UserAccount;

/**
 * Platform beheerders as this command sees them. Today the role is a column of {@code app_user} and
 * the password hash is required there; where roles become memberships and hashes move to their own
 * table, only these queries change (the person then gets a membership and no credential row).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PlatformAdmins extends GenericRepository<UserAccount, Long> {

    /** Serialises concurrent runs of the command within the transaction: the check and the insert act as one. */
    @Query("select count(*) from pg_advisory_xact_lock(7413001)")
    int lock();

    @Query("select exists (select 1 from app_user where role = 'PLATFORM_ADMIN' and active)")
    boolean activeExists();

    /** {@code unusableHash}: the hash of a secret nobody keeps, as the column may not be empty; nobody can log in with it. */
    @Query("insert into app_user (username, display_name, password_hash, role, active) "
            + "values (:username, :displayName, :unusableHash, 'PLATFORM_ADMIN', true) returning user_id")
    long insert(String username, String displayName, String unusableHash);
}
