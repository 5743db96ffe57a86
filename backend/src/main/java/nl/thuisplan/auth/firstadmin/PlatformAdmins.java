package nl.thuisplan.auth.firstadmin;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import nl.thuisplan.auth.UserAccount;

/**
 * Platform beheerders as this command sees them: persons with a platform beheerder membership
 * active today. The new one is made through {@code People} (a person, a membership of the platform
 * organisation, no credential until the link is used).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PlatformAdmins extends GenericRepository<UserAccount, Long> {

    /** Serialises concurrent runs of the command within the transaction: the check and the insert act as one. */
    @Query("select count(*) from pg_advisory_xact_lock(7413001)")
    int lock();

    @Query("select exists (select 1 from membership m join app_user u on u.user_id = m.user_id where m.role = 'PLATFORM_ADMIN' "
            + "and u.active and m.valid_from <= current_date and (m.valid_to is null or m.valid_to >= current_date))")
    boolean activeExists();
}
