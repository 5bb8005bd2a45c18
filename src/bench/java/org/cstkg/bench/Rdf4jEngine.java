package org.cstkg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.query.QueryLanguage;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;
import org.eclipse.rdf4j.sail.memory.MemoryStore;

/** RDF4J's memory store holding the triples of the quads, merged into the default graph. */
final class Rdf4jEngine implements QueryBench.Engine {

    private final SailRepository repo;
    private final RepositoryConnection conn;

    private Rdf4jEngine(SailRepository repo) {
        this.repo = repo;
        this.conn = repo.getConnection();
    }

    static Rdf4jEngine load(Path nquads) throws IOException {
        SailRepository repo = new SailRepository(new MemoryStore());
        repo.init();
        Rdf4jEngine e = new Rdf4jEngine(repo);
        e.conn.begin();
        RDFParser p = Rio.createParser(RDFFormat.NQUADS);
        p.setRDFHandler(new AbstractRDFHandler() {
            @Override
            public void handleStatement(org.eclipse.rdf4j.model.Statement st) {
                e.conn.add(st.getSubject(), st.getPredicate(), st.getObject(), (Resource) null);
            }
        });
        try (InputStream in = Files.newInputStream(nquads)) {
            p.parse(in, "");
        }
        e.conn.commit();
        return e;
    }

    @Override
    public long run(String query) {
        try (TupleQueryResult r = conn.prepareTupleQuery(QueryLanguage.SPARQL, query).evaluate()) {
            long n = 0;
            while (r.hasNext()) {
                r.next();
                n++;
            }
            return n;
        }
    }

    @Override
    public void close() {
        conn.close();
        repo.shutDown();
    }
}
