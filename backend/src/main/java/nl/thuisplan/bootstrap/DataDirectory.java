package nl.thuisplan.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/** The directory that holds the embedded database and the locally generated secrets. */
public record DataDirectory(Path path) {

    public static DataDirectory fromEnvironment(Map<String, String> env) {
        String configured = env.get("THUISPLAN_DATA_DIR");
        Path path = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".thuisplan");
        return create(path);
    }

    public static DataDirectory create(Path path) {
        try {
            Files.createDirectories(path);
            restrictToOwner(path, "rwx------");
            return new DataDirectory(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + path, e);
        }
    }

    public Path resolve(String name) {
        return path.resolve(name);
    }

    static void restrictToOwner(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the home directory's ACL already limits access to the user.
        }
    }
}
