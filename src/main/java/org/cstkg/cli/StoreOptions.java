package org.cstkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cstkg.store.GraphStore;
import org.cstkg.store.RemoteEndpoints;
import org.cstkg.store.RemoteStore;
import org.cstkg.store.Store;
import org.cstkg.store.StoreLocation;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The store of every command that uses one: a local TDB2 directory ({@code --db}) or a remote one ({@code --store}). */
final class StoreOptions {

    static final String DEFAULT_DB = "run/tdb2";

    @Option(names = "--db", paramLabel = "DIR",
            description = "TDB2 store directory (env CSTKG_DB, default " + DEFAULT_DB + ")")
    String db;

    @Mixin
    RemoteOptions remote;

    /** The remote store's endpoints, or null when the store is a local directory. */
    RemoteEndpoints endpoints() {
        return remote.endpoints(db);
    }

    /** The store directory, checked: a URL, a file or a folder of other files is a one-line error. */
    Path db() {
        String d = db != null ? db : RemoteOptions.env("CSTKG_DB");
        return StoreLocation.check(d != null ? d : DEFAULT_DB);
    }

    /**
     * Opens the store to write to, creating a local one if needed; a remote one must answer, and gets its merged
     * default graph built if it holds named graphs without one.
     */
    Store open() {
        RemoteEndpoints endpoints = endpoints();
        if (endpoints == null)
            return GraphStore.open(db());
        RemoteStore store = RemoteStore.connect(endpoints);
        try {
            if (store.upgrade())
                System.err.println("cstkg: note: store " + store.name() + ": its default graph was empty; filled it "
                        + "with the triples of its named graphs");
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /**
     * Opens a store that must exist already: a local directory that is not there is a one-line error; a remote store
     * with named graphs but an empty default graph gets a note, since queries without GRAPH find nothing there.
     */
    Store openExisting() {
        RemoteEndpoints endpoints = endpoints();
        if (endpoints == null) {
            Path dir = db();
            if (!Files.isDirectory(dir))
                throw new Main.UserError(dir + ": no store here (run ingest first)");
            return GraphStore.open(dir);
        }
        RemoteStore store = RemoteStore.connect(endpoints);
        if (store.defaultGraphMissing())
            System.err.println("cstkg: note: store " + store.name() + ": its default graph is empty though it holds "
                    + "named graphs, so patterns outside GRAPH find nothing (cstkg ingest --store fills it)");
        return store;
    }
}
