package org.cstkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.cstkg.store.Restore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = { "Put a backup (or a dump) back as the store in --db, with its label index and merged default",
                "graph. Refuses a store that is not empty unless --force. Built beside the target and moved into",
                "place only when complete: a failure leaves the target as it was." })
final class RestoreCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "FILE.nq.gz (from backup or dump)")
    Path backup;

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "the store directory to restore into")
    Path db;

    @Option(names = "--force", description = "replace a store that is not empty")
    boolean force;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        Restore.Result r = Restore.into(backup, db, force);
        System.out.printf("restored %,d quads in %,d graphs into %s in %d ms%n", r.quads(), r.graphs(), db,
                (System.nanoTime() - t0) / 1_000_000);
        return 0;
    }
}
