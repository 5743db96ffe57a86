package nl.thuisplan.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void dataSurvivesARestart() throws Exception {
        Path data = dir.resolve("pg");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, false);
             Connection c = db.superuserDataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("create table kept (v text)");
            s.execute("insert into kept values ('still here')");
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, false);
             Connection c = db.superuserDataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select v, current_setting('server_version_num')::int from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
            assertThat(rs.getInt(2)).isBetween(170000, 179999);
        }
    }

    @Test
    void localSecretsAreGeneratedOnceAndReadableOnlyByTheOwner() throws Exception {
        DataDirectory data = DataDirectory.create(dir.resolve("home"));
        String first = new LocalSecrets(data).getOrCreate("jwt.secret");
        String again = new LocalSecrets(data).getOrCreate("jwt.secret");
        assertThat(first).hasSizeGreaterThanOrEqualTo(32).isEqualTo(again);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("secrets.properties"))))
                .isEqualTo("rw-------");
    }
}
