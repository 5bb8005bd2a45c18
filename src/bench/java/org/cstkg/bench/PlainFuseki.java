package org.cstkg.bench;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * A plain Fuseki over a TDB2 store, read-only, on loopback: what cstkg's own routes are compared with. The store's
 * default graph is the merged one {@code cstkg ingest} keeps. (Fuseki's own command line wants Log4j 2, which this
 * build does not carry.)
 *
 * <pre>PlainFuseki DB PORT</pre> serves {@code /ds/query}.
 */
public final class PlainFuseki {

    public static void main(String[] args) {
        Dataset ds = TDB2Factory.connectDataset(args[0]);
        FusekiServer.create().port(Integer.parseInt(args[1])).loopback(true).add("/ds", ds, false).build().start()
                .join();
    }
}
