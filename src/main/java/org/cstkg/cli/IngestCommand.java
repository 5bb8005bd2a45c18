package org.cstkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.cstkg.pipeline.Ingest;
import org.cstkg.pipeline.Pipeline;
import org.cstkg.store.BulkLoad;
import org.cstkg.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = { "Load source files (text, PDF, HTML, or directories of them) into the store.",
                "Each document replaces its earlier graphs in one transaction; a bad file writes nothing and the",
                "others still load; a document the store already holds as read is not written again (the store stays",
                "as it was). Exit code 2 when any file failed.",
                "With --store, into a remote SPARQL store: one Graph Store PUT per graph, the document's own graph",
                "and its share of the merged default graph last (SPARQL Update), so a document whose graph is there",
                "is complete; rerun an ingest that was cut short (docs/scaling.md)." })
final class IngestCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Mixin
    SourceOptions source;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "source files or directories")
    List<Path> files;

    @Option(names = "--server", paramLabel = "URL",
            description = "post the files to a running server (its /admin/documents) instead of writing --db; "
                    + "the admin password from --password-file or env CSTKG_ADMIN_PASSWORD")
    String server;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "a file holding the admin password (for --server)")
    Path passwordFile;

    @Override
    public Integer call() throws Exception {
        if (server != null)
            return new RemoteIngest(server, password()).ingest(files, source.format, source.date, System.out,
                    System.err);
        long t0 = System.nanoTime();
        Pipeline pipeline = new Pipeline(source.reader(), true);
        Path fresh = store.endpoints() == null ? store.db() : null;
        if (fresh != null && BulkLoad.applies(fresh)) {
            List<Pipeline.Outcome> done = Ingest.ingestNew(fresh, files, pipeline, source.threads(), System.out);
            System.out.printf("ingested %d document(s) into %s (a new store, bulk loaded) in %d ms%n",
                    done.stream().filter(Pipeline.Outcome::ok).count(), fresh, (System.nanoTime() - t0) / 1_000_000);
            return BatchReport.print(done, source.debug, System.err);
        }
        try (Store s = store.open()) {
            List<Pipeline.Outcome> done = Ingest.ingestAll(s, files, pipeline, source.threads(), System.out);
            long ok = done.stream().filter(Pipeline.Outcome::ok).count();
            long unchanged = done.stream().filter(Pipeline.Outcome::unchanged).count();
            System.out.printf("ingested %d document(s) into %s in %d ms%s%n", ok, s.name(),
                    (System.nanoTime() - t0) / 1_000_000, unchanged == 0 ? ""
                            : " (" + unchanged + " unchanged: already in the store as read, not written again)");
            long before = s.sizeOnDisk();
            if (ok > unchanged && Compaction.afterIngest(s))
                System.out.printf("compacted the store: %,d -> %,d bytes%n", before, s.sizeOnDisk());
            return BatchReport.print(done, source.debug, System.err);
        }
    }

    private String password() {
        if (passwordFile != null)
            try {
                return java.nio.file.Files.readString(passwordFile).strip();
            } catch (java.io.IOException e) {
                throw new Main.UserError("--password-file: cannot read " + passwordFile + ": " + e.getMessage());
            }
        String env = System.getenv("CSTKG_ADMIN_PASSWORD");
        if (env == null || env.isEmpty())
            throw new Main.UserError("--server: give the admin password with --password-file or CSTKG_ADMIN_PASSWORD");
        return env;
    }
}
