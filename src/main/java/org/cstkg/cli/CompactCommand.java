package org.cstkg.cli;

import java.util.concurrent.Callable;

import org.cstkg.store.GraphStore;
import org.cstkg.store.RemoteEndpoints;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "compact", mixinStandardHelpOptions = true,
        description = { "Reclaim the space replaced graphs left in the store (TDB2 keeps old blocks until compacted).",
                "ingest also compacts on its own after re-ingesting documents or a batch of 20 or more.",
                "Not applicable to a remote store (--store), which manages its own space." })
final class CompactCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        RemoteEndpoints remote = store.endpoints();
        if (remote != null) {
            System.out.println("compact: nothing to do for the remote store " + remote.shown()
                    + ": it manages its own space (Fuseki: POST /$/compact/{dataset})");
            return 0;
        }
        if (!java.nio.file.Files.isDirectory(store.db()))
            throw new Main.UserError(store.db() + ": no store here (run ingest first)");
        try (GraphStore s = GraphStore.open(store.db())) {
            long before = s.sizeOnDisk(), t0 = System.nanoTime();
            s.compact();
            System.out.printf("compacted %s: %,d -> %,d bytes in %d ms%n", store.db(), before, s.sizeOnDisk(),
                    (System.nanoTime() - t0) / 1_000_000);
        }
        return 0;
    }
}
