package nl.thuisplan.bootstrap;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * Secrets generated once on this machine and kept in the data directory (mode 0600), for the
 * zero-setup mode only. In any other mode secrets come from the environment.
 */
final class LocalSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Path file;
    private final Properties values = new Properties();

    LocalSecrets(DataDirectory dir) {
        this.file = dir.resolve("secrets.properties");
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                values.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
    }

    /** The stored value, or a new random one that is stored for the next start. */
    String getOrCreate(String key) {
        String value = values.getProperty(key);
        if (value == null) {
            value = randomSecret();
            values.setProperty(key, value);
            save();
        }
        return value;
    }

    static String randomSecret() {
        byte[] bytes = new byte[48];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void save() {
        try {
            if (!Files.exists(file)) {
                Files.createFile(file);
            }
            DataDirectory.restrictToOwner(file, "rw-------");
            try (Writer out = Files.newBufferedWriter(file)) {
                values.store(out, "Thuisplan local secrets - generated, do not share");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
