package org.cstkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * Puts a backup (a dump: N-Quads or TriG, gzipped or not) back as a store. The store is built beside the target in a
 * temporary directory, with its label index; only when it is complete does it take the target's place (and the old
 * store, if {@code force} allowed replacing one, is deleted after). Any failure leaves the target as it was.
 */
public final class Restore {

    /** @param quads quads restored; @param graphs named graphs restored */
    public record Result(long quads, long graphs) {}

    private Restore() {}

    public static Result into(Path backup, Path target, boolean force) {
        if (!Files.isRegularFile(backup))
            throw new StoreException(backup + ": no such backup file");
        if (Dump.format(backup) == null)
            throw new StoreException(backup + ": a backup is .nq or .trig, optionally .gz");
        StoreLocation.check(target.toString()); // a file or a folder of other files is never replaced
        if (!isEmpty(target) && !force)
            throw new StoreException(target + ": not empty; restore into a new directory, or replace the store "
                    + "with --force");
        DatasetGraph graphs = read(backup);
        if (graphs.getDefaultGraph().size() > 0)
            throw new StoreException(backup + ": has triples outside named graphs; not a cstkg backup");
        Path dir = target.toAbsolutePath().getParent();
        String name = target.getFileName().toString();
        Path fresh = dir.resolve("." + name + "-restoring-" + ProcessHandle.current().pid());
        Path old = dir.resolve("." + name + "-replaced-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(dir);
            deleteStore(fresh);
            long quads;
            GraphStore store = GraphStore.open(fresh);
            try {
                quads = store.loadNamedGraphs(graphs);
            } finally {
                store.release();
            }
            long count = graphs.stream().count();
            if (quads != count)
                throw new StoreException(backup + ": restored " + quads + " of " + count + " quads");
            boolean replacing = Files.exists(target);
            if (replacing) {
                move(target, old);
                move(text(target), text(old));
            }
            try {
                move(fresh, target);
                move(text(fresh), text(target));
            } catch (IOException e) {
                if (replacing) { // put the old store back
                    deleteStore(target);
                    move(old, target);
                    move(text(old), text(target));
                }
                throw e;
            }
            deleteStore(old);
            return new Result(quads, org.apache.jena.atlas.iterator.Iter.count(graphs.listGraphNodes()));
        } catch (IOException e) {
            throw new StoreException("cannot restore into " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                deleteStore(fresh);
            } catch (IOException e) {
                // left behind: a hidden directory beside the target
            }
        }
    }

    private static DatasetGraph read(Path backup) {
        DatasetGraph graphs = DatasetGraphFactory.createTxnMem();
        boolean gz = backup.getFileName().toString().endsWith(".gz");
        Lang lang = Dump.format(backup).getLang();
        if (gz) // the parser takes a cut gzip stream's end for the end of the data: read it whole first
            try (InputStream in = new GZIPInputStream(Files.newInputStream(backup))) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new StoreException(backup + ": a broken gzip file (" + e.getMessage() + "); nothing restored",
                        e);
            }
        try (InputStream raw = Files.newInputStream(backup); InputStream in = gz ? new GZIPInputStream(raw) : raw) {
            RDFParser.source(in).lang(lang).parse(graphs);
        } catch (IOException | RuntimeException e) {
            throw new StoreException(backup + ": cannot read the backup (" + e.getMessage() + "); nothing restored", e);
        }
        return graphs;
    }

    static boolean isEmpty(Path target) {
        if (!Files.exists(target))
            return true;
        if (!Files.isDirectory(target))
            return false;
        try (Stream<Path> s = Files.list(target)) {
            return s.findAny().isEmpty() && !Files.exists(text(target));
        } catch (IOException e) {
            return false;
        }
    }

    static Path text(Path store) {
        return store.resolveSibling(store.getFileName() + "-text");
    }

    static void move(Path from, Path to) throws IOException {
        if (Files.exists(from))
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }

    static void deleteStore(Path store) throws IOException {
        for (Path p : new Path[] { store, text(store) })
            if (Files.exists(p))
                try (Stream<Path> s = Files.walk(p)) {
                    for (Path f : s.sorted(Comparator.reverseOrder()).toList())
                        Files.delete(f);
                }
    }
}
