package org.cstkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.cstkg.generate.Generator;
import org.cstkg.rdf.CST;
import org.cstkg.resolve.EntityResolver.Known;
import org.cstkg.source.SourceReader;
import org.cstkg.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The entities an ingest hands to the resolver are the store's, whether walked from the store or read from the table
 * kept beside it and extended by each batch.
 */
class KnownEntitiesTest {

    private static final Pipeline PIPELINE = new Pipeline(SourceReader.create(), true);

    private static List<Path> reports(Path dir, int n) throws Exception {
        Generator.standard().write(dir, 7, n, "digest", null);
        try (var s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    private static List<Known> saved(GraphStore store) {
        KnownTable t = KnownTable.read(store.location().resolve(KnownEntities.FILE), store.defaultGraphVersion());
        assertNotNull(t, "a table stamped with the store's version beside it");
        return t.known();
    }

    @Test
    void theTableKeptBesideAStoreIsWhatTheStoreHolds(@TempDir Path dir) throws Exception {
        List<Path> files = reports(dir.resolve("in"), 4);
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            for (Path f : files) {
                Ingest.ingestAll(store, List.of(f), PIPELINE, 1, null);
                List<Known> walked = KnownEntities.walk(store).known();
                assertFalse(walked.isEmpty());
                assertEquals(walked, saved(store), "after " + f.getFileName());
            }
            Ingest.ingestAll(store, files.subList(0, 2), PIPELINE, 1, null); // unchanged: nothing written
            assertEquals(KnownEntities.walk(store).known(), saved(store));
        }
    }

    @Test
    void aBulkLoadedStoreKeepsItsTable(@TempDir Path dir) throws Exception {
        List<Path> files = reports(dir.resolve("in"), 3);
        Ingest.ingestNew(dir.resolve("db"), files, PIPELINE, 2, null);
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            assertEquals(KnownEntities.walk(store).known(), saved(store));
        }
    }

    @Test
    void aReplacedDocumentTakesTheTableAwayAndTheNextIngestWalksTheStore(@TempDir Path dir) throws Exception {
        List<Path> files = reports(dir.resolve("in"), 2);
        Path changed = Files.createDirectories(dir.resolve("changed")).resolve(files.get(0).getFileName());
        Files.writeString(changed, Files.readString(files.get(0)).replace("위안", "달러"));
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            Ingest.ingestAll(store, List.of(files.get(0)), PIPELINE, 1, null);
            Path file = store.location().resolve(KnownEntities.FILE);
            assertTrue(Files.exists(file));
            assertTrue(Ingest.ingestAll(store, List.of(changed), PIPELINE, 1, null).stream()
                    .noneMatch(Pipeline.Outcome::unchanged), "the changed copy is written over the first");
            assertFalse(Files.exists(file), "names the old copy gave may be gone: the table is not extended");
            Ingest.ingestAll(store, List.of(files.get(1)), PIPELINE, 1, null);
            assertEquals(KnownEntities.walk(store).known(), saved(store));
        }
    }

    @Test
    void aTableOfAnotherVersionOrDamagedIsNotRead(@TempDir Path dir) throws Exception {
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            Ingest.ingestAll(store, reports(dir.resolve("in"), 1), PIPELINE, 1, null);
            String before = store.defaultGraphVersion();
            Path file = store.location().resolve(KnownEntities.FILE);
            assertNotNull(KnownTable.read(file, before));
            // a write the table does not know of: a label added to the default graph by another path
            store.replaceGraph("urn:x:other", ModelFactory.createDefaultModel().add(
                    ModelFactory.createDefaultModel().createResource(CST.ID_NS + "org/other"), RDFS.label, "다른 기관",
                    "ko"));
            assertNotEquals(before, store.defaultGraphVersion(), "every write moves the version");
            assertNull(KnownTable.read(file, store.defaultGraphVersion()), "a stale table is not read");
            assertTrue(KnownEntities.tableOf(store).known().stream().noneMatch(k -> k.id().equals("org/other")),
                    "untyped: not an entity");
            assertNotNull(KnownTable.read(file, store.defaultGraphVersion()), "walked and written again");
            Files.writeString(file, Files.readString(file).replaceFirst("\t-?\\d+\t", "\tx\t"));
            assertNull(KnownTable.read(file, store.defaultGraphVersion()), "a damaged table is not read");
        }
    }

    @Test
    void theTableIsTheSameFromTriplesInAnyOrderOrMerged(@TempDir Path dir) throws Exception {
        List<Triple> triples = new ArrayList<>();
        for (Path f : reports(dir.resolve("in"), 2)) {
            var graphs = PIPELINE.run(f).graphs();
            graphs.listNames().forEachRemaining(n -> graphs.getNamedModel(n).getGraph().find()
                    .forEachRemaining(triples::add));
        }
        // names with the characters the file escapes, and a Chinese name by two predicates
        var e = NodeFactory.createURI(CST.ID_NS + "org/escaped");
        triples.add(Triple.create(e, RDF.type.asNode(), NodeFactory.createURI(CST.NS + "ResearchInstitute")));
        triples.add(Triple.create(e, RDFS.label.asNode(), NodeFactory.createLiteralLang("탭\t줄\n역\\빗금", "ko")));
        triples.add(Triple.create(e, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang("甲研究所", "zh-Hans")));
        triples.add(Triple.create(e, RDFS.label.asNode(), NodeFactory.createLiteralLang("乙研究所", "zh-Hans")));
        KnownTable whole = new KnownTable();
        triples.forEach(whole::add);
        List<Known> expected = whole.known();
        assertTrue(expected.stream().anyMatch(k -> k.id().equals("org/escaped") && k.zh().equals("乙研究所")),
                "rdfs:label before skos:altLabel");

        List<Triple> shuffled = new ArrayList<>(triples);
        Collections.shuffle(shuffled, new Random(3));
        KnownTable a = new KnownTable(), b = new KnownTable();
        shuffled.subList(0, shuffled.size() / 2).forEach(a::add);
        shuffled.subList(shuffled.size() / 2, shuffled.size()).forEach(b::add);
        a.addAll(b);
        assertEquals(expected, a.known());

        Path file = dir.resolve("known.tsv");
        whole.write(file, "v1");
        assertEquals(expected, KnownTable.read(file, "v1").known(), "written and read back");
        assertNull(KnownTable.read(file, "v2"));
    }
}
