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
 * Who a person is for the password pages: found by username or e-mail address. The address is the
 * one expression {@link #EMAIL}: persons made from an address (the first beheerder, invitations) are
 * named by it, so until {@code app_user} has an e-mail column of its own the username that holds
 * an '@' is the address. Where that column exists, {@link #EMAIL} becomes {@code email}.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface Persons extends GenericRepository<UserAccount, Long> {

    String EMAIL = "case when position('@' in username) > 0 then username end";

    @Introspected
    record Person(long userId, String username, String displayName, @Nullable String email, boolean active) {
    }

    @Query("select user_id, username, display_name, " + EMAIL + " as email, active from app_user where user_id = :userId")
    Optional<Person> byId(long userId);

    @Query("select user_id, username, display_name, " + EMAIL + " as email, active from app_user where username = :username")
    Optional<Person> byUsername(String username);

    /** The active person with this (lower-cased) address, if any. */
    @Query("select user_id from app_user where " + EMAIL + " = :email and active")
    Optional<Long> personIdByEmail(String email);
}
