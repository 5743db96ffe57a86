package nl.thuisplan.auth.totp;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A person's second factor and recovery codes, and the login policy of its organisations; system scope only. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SecondFactorRepository extends GenericRepository<SecondFactorRepository.Row, Long> {

    @MappedEntity("second_factor")
    record Row(@Id Long userId, String secretEncrypted, Instant createdAt, @Nullable Instant confirmedAt,
               @Nullable Long lastUsedStep) {
    }

    /** What the organisations of a person's memberships active today ask of its login. */
    @MappedEntity("organisation")
    record Policy(boolean secondFactorRequired, boolean localLoginAllowed) {
    }

    @Query("select * from second_factor where user_id = :userId")
    Optional<Row> find(long userId);

    /** A new enrolment replaces an unconfirmed one; a confirmed one is never replaced here. */
    @Query("""
            insert into second_factor (user_id, secret_encrypted) values (:userId, :secretEncrypted)
            on conflict (user_id) do update set secret_encrypted = excluded.secret_encrypted, created_at = now(),
              last_used_step = null
            where second_factor.confirmed_at is null""")
    long start(long userId, String secretEncrypted);

    @Query("update second_factor set confirmed_at = now(), last_used_step = :step where user_id = :userId and confirmed_at is null")
    long confirm(long userId, long step);

    /** Accepts a code's step once: a concurrent login with the same code finds the step taken and fails. */
    @Query("""
            update second_factor set last_used_step = :step
            where user_id = :userId and confirmed_at is not null and (last_used_step is null or last_used_step < :step)""")
    long use(long userId, long step);

    @Query("delete from second_factor where user_id = :userId")
    long delete(long userId);

    @Query("delete from recovery_code where user_id = :userId")
    void deleteRecoveryCodes(long userId);

    @Query("insert into recovery_code (user_id, code_hash) select :userId, unnest(:hashes::text[])")
    void addRecoveryCodes(long userId, String[] hashes);

    /** Uses a recovery code once; zero when it is not the person's or used already. */
    @Query("update recovery_code set used_at = now() where user_id = :userId and code_hash = :hash and used_at is null")
    long useRecoveryCode(long userId, String hash);

    @Query("select count(*) from recovery_code where user_id = :userId and used_at is null")
    long recoveryCodesLeft(long userId);

    /**
     * One row per organisation of the person's memberships active today: the second factor is required
     * when any of them requires it, local login is allowed only when all of them allow it.
     */
    @Query("""
            select distinct o.second_factor_required, o.local_login_allowed from membership m
            join organisation o on o.organisation_id = m.organisation_id
            where m.user_id = :userId and m.valid_from <= current_date and (m.valid_to is null or m.valid_to >= current_date)""")
    List<Policy> policies(long userId);

    /** A local account: the person has a password (one made by single sign-on alone has none). */
    @Query("select count(*) > 0 from credential where user_id = :userId")
    boolean hasPassword(long userId);

    @Query("select coalesce(email, username) from app_user where user_id = :userId")
    Optional<String> accountName(long userId);

    @Query("select user_id from app_user where username = :username and active")
    Optional<Long> activeUserId(String username);
}
