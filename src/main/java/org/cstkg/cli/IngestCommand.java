package org.cstkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.cstkg.pipeline.Ingest;
import org.cstkg.pipeline.Pipeline;
import org.cstkg.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = { "Load reports (.txt or .pdf, or directories of them) into the store.",
                "Each report replaces its earlier graphs in one transaction; a bad file leaves the store untouched." })
final class IngestCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "report files or directories")
    List<Path> files;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        try (GraphStore s = GraphStore.open(store.db)) {
            List<Pipeline.Result> done = Ingest.ingestAll(s, files, new Pipeline(), System.out);
            System.out.printf("ingested %d report(s) into %s in %d ms%n", done.size(), store.db,
                    (System.nanoTime() - t0) / 1_000_000);
        }
        return 0;
    }
}
