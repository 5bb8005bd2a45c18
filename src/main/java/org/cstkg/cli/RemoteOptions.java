package org.cstkg.cli;

import org.cstkg.store.RemoteEndpoints;

import picocli.CommandLine.Option;

/**
 * {@code --store URL} and, where the server's endpoints differ from it, {@code --store-query}, {@code --store-update}
 * and {@code --store-gsp}: a remote SPARQL 1.1 store in place of the local {@code --db}. Each has an environment
 * variable, used when the option is not given.
 */
final class RemoteOptions {

    @Option(names = "--store", paramLabel = "URL",
            description = "a remote SPARQL 1.1 store instead of --db (Query, Update, Graph Store Protocol), such as "
                    + "Fuseki's http://host:3030/cstkg (env CSTKG_STORE)")
    String store;

    @Option(names = "--store-query", paramLabel = "URL",
            description = "the store's query endpoint where it is not --store: a URL or a path under it "
                    + "(env CSTKG_STORE_QUERY)")
    String query;

    @Option(names = "--store-update", paramLabel = "URL",
            description = "the store's update endpoint where it is not --store (env CSTKG_STORE_UPDATE)")
    String update;

    @Option(names = "--store-gsp", paramLabel = "URL",
            description = "the store's Graph Store Protocol endpoint where it is not --store (env CSTKG_STORE_GSP)")
    String gsp;

    /**
     * The remote store's endpoints, or null for the local store.
     *
     * @param db the {@code --db} option as given (null when not given)
     */
    RemoteEndpoints endpoints(String db) {
        if (store != null && db != null)
            throw new Main.UserError("--db " + db + " and --store " + RemoteEndpoints.of(store, null, null, null).shown()
                    + ": give one store, a local directory (--db) or a remote SPARQL store (--store)");
        String url = store != null ? store : db == null ? env("CSTKG_STORE") : null;
        if (url == null) {
            for (String[] o : new String[][] { { "--store-query", query }, { "--store-update", update },
                    { "--store-gsp", gsp } })
                if (o[1] != null)
                    throw new Main.UserError(o[0] + " " + o[1] + ": only with --store URL (a remote store)");
            return null;
        }
        if (store == null && db == null && env("CSTKG_DB") != null)
            throw new Main.UserError("CSTKG_DB and CSTKG_STORE are both set: unset one, or give --db or --store");
        return RemoteEndpoints.of(url, or(query, "CSTKG_STORE_QUERY"), or(update, "CSTKG_STORE_UPDATE"),
                or(gsp, "CSTKG_STORE_GSP"));
    }

    private static String or(String option, String variable) {
        return option != null ? option : env(variable);
    }

    static String env(String name) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? null : v;
    }
}
