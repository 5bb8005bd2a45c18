package org.cstkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.cstkg.search.LabelSearch;
import org.cstkg.source.SourceReader;
import org.cstkg.store.BulkLoad;
import org.cstkg.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new store bulk loaded holds what write transactions would have written; a load not finished leaves nothing. */
class BulkIngestTest {

    static final Path SAMPLE = Path.of("data/samples/cstkg-sample-digest-2023-11-03.txt");

    /** The sample, and a changed copy under the same name (the same document, loaded again later in the batch). */
    static List<Path> batch(Path dir) throws Exception {
        Path changed = Files.createDirectories(dir.resolve("changed")).resolve(SAMPLE.getFileName());
        Files.writeString(changed, Files.readString(SAMPLE).replace("17호", "18호"));
        return List.of(SAMPLE, changed);
    }

    static DatasetGraph copy(GraphStore s) {
        return Txn.calculateRead(s.dataset(), () -> {
            DatasetGraph out = DatasetGraphFactory.createGeneral();
            s.dataset().asDatasetGraph().find().forEachRemaining(out::add);
            return out;
        });
    }

    static java.util.Set<String> iris(List<org.cstkg.search.NameSearch.Hit> hits) {
        return new java.util.TreeSet<>(hits.stream().map(org.cstkg.search.NameSearch.Hit::iri).toList());
    }

    @Test
    void aNewStoreHoldsWhatTransactionsWouldHaveWritten(@TempDir Path dir) throws Exception {
        List<Path> files = batch(dir);
        Pipeline pipeline = new Pipeline(SourceReader.create(), true);
        List<Pipeline.Outcome> bulk = Ingest.ingestNew(dir.resolve("bulk"), files, pipeline, 1, null);
        assertTrue(bulk.stream().allMatch(Pipeline.Outcome::ok));
        try (GraphStore viaTxn = GraphStore.open(dir.resolve("txn"))) {
            Ingest.ingestAll(viaTxn, files, pipeline, 1, null);
            try (GraphStore loaded = GraphStore.open(dir.resolve("bulk"))) {
                DatasetGraph a = copy(loaded), b = copy(viaTxn);
                assertEquals(b.getDefaultGraph().size(), a.getDefaultGraph().size(), "the merged default graph");
                assertTrue(IsoMatcher.isomorphic(a, b), "named graphs and default graph");
                assertTrue(Txn.calculateRead(loaded.dataset(),
                        () -> a.stream().noneMatch(q -> q.getObject().isLiteral()
                                && q.getObject().getLiteralLexicalForm().contains("선저우 17호"))),
                        "the later copy of the document replaced the first");
                for (String q : List.of("선저우", "국가발전개혁위원회", "神舟"))
                    assertEquals(iris(new LabelSearch(viaTxn.dataset()).find(q, null, 50, 0)),
                            iris(new LabelSearch(loaded.dataset()).find(q, null, 50, 0)), "label search for " + q);
                assertFalse(new LabelSearch(loaded.dataset()).find("선저우", null, 20, 0).isEmpty());
            }
        }
        try (var s = Files.list(dir)) {
            assertEquals(List.of("bulk", "bulk-text", "changed", "txn", "txn-text"),
                    s.map(p -> p.getFileName().toString()).sorted().toList(), "nothing left beside the stores");
        }
    }

    @Test
    void aLoadNotFinishedLeavesNothing(@TempDir Path dir) {
        Path target = dir.resolve("db");
        Pipeline.Result r = new Pipeline().run(SAMPLE);
        try (BulkLoad load = BulkLoad.into(target)) {
            load.add(r.graphPrefix(), r.graphs());
        }
        assertFalse(Files.exists(target));
        assertEquals(0, dir.toFile().list().length, "no hidden directory left");
    }

    @Test
    void noGoodDocumentMakesNoStore(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path target = dir.resolve("db");
        List<Pipeline.Outcome> out = Ingest.ingestNew(target, List.of(empty), new Pipeline(SourceReader.create(), true),
                1, null);
        assertFalse(out.get(0).ok());
        assertFalse(Files.exists(target));
        assertEquals(List.of("empty.txt"), List.of(dir.toFile().list()));
    }

    /** A label index left behind by a store that was deleted is no new store: it is not bulk loaded over. */
    @Test
    void aLabelIndexLeftBesideAGoneStoreIsNotLoadedOver(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("db");
        Files.createDirectories(dir.resolve("db-text"));
        Files.writeString(dir.resolve("db-text").resolve("left-over"), "x");
        assertFalse(BulkLoad.applies(target));
        assertTrue(BulkLoad.applies(dir.resolve("other")));
    }
}
