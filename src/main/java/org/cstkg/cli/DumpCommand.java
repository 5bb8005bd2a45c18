package org.cstkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.cstkg.store.Dump;
import org.cstkg.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "dump", mixinStandardHelpOptions = true,
        description = { "Write every quad of the store's named graphs to one file: .nq or .trig, gzipped if .gz.",
                "The merged default graph is left out (a store loading the dump derives it again).",
                "A running server serves the same at /dumps/cstkg.nq.gz." })
final class DumpCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = { "-o", "--output" }, required = true, paramLabel = "FILE",
            description = "FILE.nq.gz, FILE.trig.gz, FILE.nq or FILE.trig")
    Path output;

    @Override
    public Integer call() {
        if (Dump.format(output) == null)
            throw new Main.UserError(output + ": a dump is .nq or .trig, optionally .gz");
        if (!Files.isDirectory(store.db()))
            throw new Main.UserError(store.db() + ": no store here (run ingest first)");
        try (GraphStore s = GraphStore.open(store.db())) {
            long t0 = System.nanoTime();
            Dump dump = Dump.write(s, output);
            System.out.printf("wrote %,d quads in %,d graphs to %s (%,d bytes) in %d ms%n", dump.quads(),
                    dump.graphs(), output, sizeOf(output), (System.nanoTime() - t0) / 1_000_000);
        }
        return 0;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
