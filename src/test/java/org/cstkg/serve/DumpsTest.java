package org.cstkg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.cstkg.cli.Main;
import org.cstkg.store.Dump;
import org.cstkg.store.GraphStore;
import org.cstkg.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dumps of a real TDB2 store: loaded into a fresh Jena dataset, a dump has exactly the store's named-graph quads (and no
 * default graph, which a store loading it derives again, equal to the original's); the served dump is written again
 * after the store changed, and only then.
 */
class DumpsTest {

    @TempDir
    Path tmp;

    static Set<Quad> namedQuads(DatasetGraph dsg) {
        Set<Quad> out = new HashSet<>();
        dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
        return out;
    }

    static Set<Quad> namedQuads(GraphStore store) {
        return store.read(() -> namedQuads(store.dataset().asDatasetGraph()));
    }

    /**
     * The same named graphs with the same quads: equal sets of quads where no blank node is involved, and each graph
     * isomorphic to the store's (a parser gives blank nodes fresh labels).
     */
    static void assertSameQuads(DatasetGraph loaded, GraphStore store) {
        store.read(() -> {
            DatasetGraph stored = store.dataset().asDatasetGraph();
            assertThat(namedQuads(loaded)).hasSameSizeAs(namedQuads(stored));
            assertThat(groundQuads(loaded)).isEqualTo(groundQuads(stored));
            Set<Node> names = new HashSet<>();
            stored.listGraphNodes().forEachRemaining(names::add);
            Set<Node> loadedNames = new HashSet<>();
            loaded.listGraphNodes().forEachRemaining(loadedNames::add);
            assertThat(loadedNames).isEqualTo(names);
            for (Node g : names)
                assertThat(loaded.getGraph(g).isIsomorphicWith(stored.getGraph(g))).as("graph " + g).isTrue();
            return null;
        });
    }

    static Graph defaultGraph(GraphStore store) {
        return store.read(() -> {
            Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            store.dataset().asDatasetGraph().getDefaultGraph().find().forEachRemaining(copy::add);
            assertThat(copy.isEmpty()).isFalse();
            return copy;
        });
    }

    static Set<Quad> groundQuads(DatasetGraph dsg) {
        Set<Quad> out = new HashSet<>(namedQuads(dsg));
        out.removeIf(q -> q.getSubject().isBlank() || q.getObject().isBlank());
        return out;
    }

    static DatasetGraph read(Path file, Lang lang) throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            RDFDataMgr.read(dsg, in, lang);
        }
        return dsg;
    }

    @Test
    void aDumpHasExactlyTheStoresQuads() throws Exception {
        try (GraphStore store = Fixture.load(GraphStore.open(tmp.resolve("tdb2")))) {
            Set<Quad> stored = namedQuads(store);
            assertThat(stored).hasSizeGreaterThan(1000);
            for (String name : new String[] { "cstkg.nq.gz", "cstkg.trig.gz" }) {
                Dump dump = Dump.write(store, tmp.resolve(name));
                DatasetGraph loaded = read(dump.file(), name.contains(".nq") ? Lang.NQUADS : Lang.TRIG);
                assertSameQuads(loaded, store);
                assertThat(loaded.getDefaultGraph().isEmpty()).as("the merged default graph is left out").isTrue();
                assertThat(dump.quads()).isEqualTo(stored.size());
                assertThat(dump.graphs()).isEqualTo(stored.stream().map(Quad::getGraph).distinct().count());
                assertThat(dump.sha256()).hasSize(64);
            }
            // a store loading the dump derives the same merged default graph
            try (GraphStore copy = Fixture.load(GraphStore.open(tmp.resolve("copy")), tmp.resolve("cstkg.nq.gz"))) {
                copy.read(() -> {
                    assertSameQuads(copy.dataset().asDatasetGraph(), store);
                    return null;
                });
                assertThat(defaultGraph(copy).isIsomorphicWith(defaultGraph(store)))
                        .as("the merged default graph, derived again").isTrue();
            }
        }
    }

    @Test
    void theServedDumpFollowsTheStore() throws Exception {
        try (GraphStore store = Fixture.load(GraphStore.open(tmp.resolve("tdb2")))) {
            Dumps dumps = new Dumps(store, new StoreStatus(store));
            Dumps.Current first = dumps.current();
            assertThat(first.file()).isEqualTo(tmp.resolve("tdb2-dumps").resolve("cstkg.nq.gz"));
            assertThat(dumps.current()).as("unchanged store, same dump").isSameAs(first);

            Graph extra = ModelFactory.createDefaultModel().getGraph();
            extra.add(Triple.create(NodeFactory.createURI("https://w3id.org/cstkg/id/org/test-added"),
                    NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
                    NodeFactory.createLiteralLang("추가된 기관", "ko")));
            store.replaceGraph("https://w3id.org/cstkg/id/doc/test-added", ModelFactory.createModelForGraph(extra));

            Dumps.Current second = dumps.current();
            assertThat(second.sha256()).isNotEqualTo(first.sha256());
            assertThat(second.quads()).isEqualTo(first.quads() + 1);
            assertThat(second.lastModified()).isAfterOrEqualTo(first.lastModified());
            assertSameQuads(read(second.file(), Lang.NQUADS), store);
        }
    }

    @Test
    void dumpCommandWritesTheStore() throws Exception {
        Path db = tmp.resolve("tdb2");
        Fixture.load(GraphStore.open(db)).close();
        Path out = tmp.resolve("out/cstkg.trig.gz");
        assertThat(Main.run("dump", "--db", db.toString(), "-o", out.toString())).isZero();
        try (GraphStore store = GraphStore.open(db)) {
            assertSameQuads(read(out, Lang.TRIG), store);
        }
        assertThat(Main.run("dump", "--db", db.toString(), "-o", tmp.resolve("x.ttl").toString())).isEqualTo(2);
        assertThat(Main.run("dump", "--db", tmp.resolve("none").toString(), "-o", out.toString())).isEqualTo(2);
        assertThatThrownBy(() -> Dump.write(GraphStore.inMemory(), tmp.resolve("x.json")))
                .isInstanceOf(StoreException.class).hasMessageContaining(".nq or .trig");
    }
}
