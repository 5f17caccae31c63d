package org.clinic.gateway.auth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The staff accounts table. Usernames are looked up ignoring case (as people type them), while each account keeps
 * the spelling it was created with. Blocking JDBC: callers run it on {@code Schedulers.boundedElastic()}.
 */
@Repository
public class StaffAccounts {

    private static final String COLUMNS = "username, display_name, array_to_string(roles, ',') AS roles, enabled, "
            + "temporary_password, created_at, updated_at, password_changed_at";

    private final JdbcClient jdbc;

    StaffAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a password check needs: the account and its hash. */
    record Credentials(StaffAccount account, String passwordHash) {
    }

    public Optional<StaffAccount> find(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM staff_account WHERE lower(username) = lower(:username)")
                .param("username", username)
                .query(StaffAccounts::account)
                .optional();
    }

    public List<StaffAccount> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM staff_account ORDER BY lower(username)")
                .query(StaffAccounts::account)
                .list();
    }

    Optional<Credentials> credentials(String username) {
        return jdbc.sql("SELECT " + COLUMNS + ", password_hash FROM staff_account "
                        + "WHERE lower(username) = lower(:username)")
                .param("username", username)
                .query((rs, row) -> new Credentials(account(rs, row), rs.getString("password_hash")))
                .optional();
    }

    /** False when the username is taken, in any spelling: an existing account is never overwritten. */
    public boolean createIfAbsent(String username, String displayName, String passwordHash,
            Collection<StaffRole> roles, boolean temporaryPassword) {
        return jdbc.sql("""
                        INSERT INTO staff_account (username, display_name, password_hash, roles, temporary_password)
                        VALUES (:username, :displayName, :hash, string_to_array(:roles, ','), :temporary)
                        ON CONFLICT DO NOTHING""")
                .param("username", username)
                .param("displayName", displayName)
                .param("hash", passwordHash)
                .param("roles", rolesText(roles))
                .param("temporary", temporaryPassword)
                .update() == 1;
    }

    public boolean setEnabled(String username, boolean enabled) {
        return jdbc.sql("UPDATE staff_account SET enabled = :enabled, updated_at = now() "
                        + "WHERE lower(username) = lower(:username)")
                .param("enabled", enabled)
                .param("username", username)
                .update() == 1;
    }

    public boolean setRoles(String username, Collection<StaffRole> roles) {
        return jdbc.sql("UPDATE staff_account SET roles = string_to_array(:roles, ','), updated_at = now() "
                        + "WHERE lower(username) = lower(:username)")
                .param("roles", rolesText(roles))
                .param("username", username)
                .update() == 1;
    }

    /** Takes a hash, never a password: see {@link PasswordHashing}. */
    public boolean setPassword(String username, String passwordHash, boolean temporary) {
        return jdbc.sql("""
                        UPDATE staff_account SET password_hash = :hash, temporary_password = :temporary,
                               password_changed_at = now(), updated_at = now()
                        WHERE lower(username) = lower(:username)""")
                .param("hash", passwordHash)
                .param("temporary", temporary)
                .param("username", username)
                .update() == 1;
    }

    private static StaffAccount account(ResultSet rs, int row) throws SQLException {
        List<StaffRole> roles = Arrays.stream(rs.getString("roles").split(","))
                .map(StaffRole::valueOf)
                .sorted()
                .toList();
        return new StaffAccount(rs.getString("username"), rs.getString("display_name"), roles,
                rs.getBoolean("enabled"), rs.getBoolean("temporary_password"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getTimestamp("password_changed_at").toInstant());
    }

    /** In the enum's order, each once: the stored array reads the same however the roles were picked. */
    private static String rolesText(Collection<StaffRole> roles) {
        return EnumSet.copyOf(roles).stream().map(Enum::name).collect(Collectors.joining(","));
    }
}
