package org.cstkg.cli;

import java.nio.file.Path;

import org.cstkg.store.StoreLocation;

import picocli.CommandLine.Option;

/** The {@code --db} option shared by every command that uses the store. */
final class StoreOptions {
    @Option(names = "--db", defaultValue = "${env:CSTKG_DB:-run/tdb2}", paramLabel = "DIR",
            description = "TDB2 store directory (env CSTKG_DB, default ${DEFAULT-VALUE})")
    String db;

    /** The store directory, checked: a URL, a file or a folder of other files is a one-line error. */
    Path db() {
        return StoreLocation.check(db);
    }
}
