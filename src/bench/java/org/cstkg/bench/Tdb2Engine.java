package org.cstkg.bench;

import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * The TDB2 store {@code cstkg ingest} wrote, queried as {@code cstkg query} and the server do: its default graph, which
 * ingest keeps as the merged distinct triples of the article graphs.
 */
final class Tdb2Engine implements QueryBench.Engine {

    private final Dataset ds;

    Tdb2Engine(Path db) {
        ds = TDB2Factory.connectDataset(db.toString());
    }

    @Override
    public long run(String text) {
        Query q = QueryFactory.create(text);
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.create().query(q).dataset(ds).build()) {
                ResultSet rs = qe.execSelect();
                long n = 0;
                while (rs.hasNext()) {
                    rs.next();
                    n++;
                }
                return n;
            }
        });
    }

    @Override
    public void close() {
        ds.close();
    }
}
