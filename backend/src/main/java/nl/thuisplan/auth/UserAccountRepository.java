package nl.thuisplan.auth;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/** Persons ({@code app_user}); what a caller sees of them follows its memberships' scope (row-level security). */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UserAccountRepository extends CrudRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    /** Login takes the username or the e-mail address (both compared lower-cased). */
    @Query("select * from app_user where username = lower(:login) or lower(email) = lower(:login) order by user_id limit 1")
    Optional<UserAccount> findByLogin(String login);

    @Query("update app_user set last_login_at = now() where user_id = :userId")
    void recordLogin(Long userId);

    @Query("select user_id from app_user where demo and active order by user_id")
    List<Long> activeDemoPersons();

    @Query("update app_user set active = false, deactivated_at = now() where user_id = any(:userIds)")
    void deactivate(Long[] userIds);
}
