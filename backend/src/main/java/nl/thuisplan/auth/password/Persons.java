package nl.thuisplan.auth.password;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;
import nl.thuisplan.auth.UserAccount;

/**
 * Who a person is for the password pages: found by username or e-mail address ({@code app_user.email},
 * unique without regard to case).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface Persons extends GenericRepository<UserAccount, Long> {

    @Introspected
    record Person(long userId, String username, String displayName, @Nullable String email, boolean active) {
    }

    @Query("select user_id, username, display_name, email, active from app_user where user_id = :userId")
    Optional<Person> byId(long userId);

    @Query("select user_id, username, display_name, email, active from app_user where username = :username")
    Optional<Person> byUsername(String username);

    /** The active person with this (lower-cased) address, if any. */
    @Query("select user_id from app_user where lower(email) = lower(:email) and active")
    Optional<Long> personIdByEmail(String email);
}
