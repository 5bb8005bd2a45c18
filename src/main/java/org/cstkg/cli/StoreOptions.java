package org.cstkg.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The {@code --db} option shared by every command that uses the store. */
final class StoreOptions {
    @Option(names = "--db", defaultValue = "${env:CSTKG_DB:-run/tdb2}", paramLabel = "DIR",
            description = "TDB2 store directory (env CSTKG_DB, default ${DEFAULT-VALUE})")
    Path db;
}
