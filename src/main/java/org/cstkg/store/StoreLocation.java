package org.cstkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks a store location as the user wrote it ({@code --db}, {@code CSTKG_DB}): a local directory that is a TDB2
 * store or can become one. URLs (a remote store is {@code --store URL}, see {@link RemoteEndpoints}), files and folders
 * holding something else are refused with a one-line reason, before anything is created.
 */
public final class StoreLocation {

    private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:(//)?.*");

    private StoreLocation() {}

    /** The directory of a store location; throws {@link StoreException} naming what is wrong with it. */
    public static Path check(String location) {
        if (location == null || location.isBlank())
            throw new StoreException("--db: empty store location");
        if (URL.matcher(location).matches() && !location.matches("^[A-Za-z]:[\\\\/].*"))
            throw new StoreException("--db " + location + ": a URL, not a directory; --db is a local TDB2 "
                    + "directory, for a remote SPARQL store use --store " + RemoteEndpoints.withoutUserInfo(location));
        Path dir;
        try {
            dir = Path.of(location);
        } catch (InvalidPathException e) {
            throw new StoreException("--db " + location + ": not a usable path (" + e.getReason() + ")");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir))
            throw new StoreException("--db " + location + ": a file, not a store directory");
        if (Files.isDirectory(dir) && !isStoreOrEmpty(dir))
            throw new StoreException("--db " + location + ": the directory holds other files and is not a TDB2 "
                    + "store; give an empty or new directory");
        return dir;
    }

    private static boolean isStoreOrEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.allMatch(p -> {
                String n = p.getFileName().toString();
                return n.startsWith("Data-") || n.equals("tdb.lock") || n.startsWith("tdb.") || n.startsWith(".");
            });
        } catch (IOException e) {
            throw new StoreException("--db " + dir + ": cannot list the directory: " + e.getMessage(), e);
        }
    }
}
