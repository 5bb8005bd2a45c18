package org.cstkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.cstkg.cli.Main;
import org.cstkg.search.LabelSearch;
import org.cstkg.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cstkg backup} and {@code cstkg restore} on real TDB2 stores: the round trip gives the same named graphs, the
 * same merged default graph and a working label index; a store that is not empty is refused without {@code --force}
 * and replaced with it; a broken backup leaves the target as it was and nothing beside it.
 */
class BackupRestoreTest {

    @TempDir
    Path tmp;

    @Test
    void roundTrip() throws Exception {
        Path db = tmp.resolve("tdb2");
        Fixture.load(GraphStore.open(db)).release();
        Path backup = tmp.resolve("backup/cstkg.nq.gz");
        assertThat(Main.run("backup", "--db", db.toString(), "-o", backup.toString())).isZero();

        Path restored = tmp.resolve("restored");
        assertThat(Main.run("restore", backup.toString(), "--db", restored.toString())).isZero();
        try (GraphStore original = GraphStore.open(db); GraphStore copy = GraphStore.open(restored)) {
            copy.read(() -> {
                DumpsTest.assertSameQuads(copy.dataset().asDatasetGraph(), original);
                return null;
            });
            Graph merged = DumpsTest.defaultGraph(copy);
            assertThat(merged.isIsomorphicWith(DumpsTest.defaultGraph(original))).isTrue();
            // the label index was built with it
            assertThat(copy.read(() -> new LabelSearch(copy.dataset()).find("과학원", null, 10, 0))).isNotEmpty();
        }
        assertThat(siblings()).containsExactlyInAnyOrder("backup", "tdb2", "tdb2-text", "restored", "restored-text");
    }

    @Test
    void aStoreThatIsNotEmptyIsReplacedOnlyWithForce() throws Exception {
        Path db = tmp.resolve("tdb2");
        Fixture.load(GraphStore.open(db)).release();
        Path backup = tmp.resolve("cstkg.nq.gz");
        assertThat(Main.run("backup", "--db", db.toString(), "-o", backup.toString())).isZero();
        Path other = tmp.resolve("other");
        GraphStore small = GraphStore.open(other);
        small.replaceGraph("https://w3id.org/cstkg/id/doc/x", org.apache.jena.rdf.model.ModelFactory
                .createDefaultModel().add(org.apache.jena.rdf.model.ResourceFactory.createResource("urn:x"),
                        org.apache.jena.vocabulary.RDFS.label, "x"));
        small.release();

        assertThat(Main.run("restore", backup.toString(), "--db", other.toString())).isEqualTo(2);
        try (GraphStore s = GraphStore.open(other)) {
            assertThat(s.read(() -> s.dataset().asDatasetGraph().stream().count())).as("untouched").isEqualTo(2);
        }
        org.apache.jena.tdb2.sys.TDBInternal.expel(org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(
                other.toString()));
        assertThat(Main.run("restore", backup.toString(), "--db", other.toString(), "--force")).isZero();
        try (GraphStore original = GraphStore.open(db); GraphStore s = GraphStore.open(other)) {
            s.read(() -> {
                DumpsTest.assertSameQuads(s.dataset().asDatasetGraph(), original);
                return null;
            });
        }
    }

    @Test
    void aBrokenBackupLosesNothing() throws Exception {
        Path db = tmp.resolve("tdb2");
        Fixture.load(GraphStore.open(db)).release();
        Path backup = tmp.resolve("cstkg.nq.gz");
        assertThat(Main.run("backup", "--db", db.toString(), "-o", backup.toString())).isZero();
        byte[] bytes = Files.readAllBytes(backup);
        Path broken = tmp.resolve("broken.nq.gz");
        try (OutputStream out = Files.newOutputStream(broken)) {
            out.write(bytes, 0, bytes.length / 2);
        }
        long quads;
        try (GraphStore s = GraphStore.open(db)) {
            quads = s.read(() -> s.dataset().asDatasetGraph().stream().count());
        }
        org.apache.jena.tdb2.sys.TDBInternal.expel(org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(
                db.toString()));
        assertThat(Main.run("restore", broken.toString(), "--db", db.toString(), "--force")).isEqualTo(2);
        try (GraphStore s = GraphStore.open(db)) {
            assertThat(s.read(() -> s.dataset().asDatasetGraph().stream().count())).isEqualTo(quads);
        }
        assertThat(siblings()).containsExactlyInAnyOrder("tdb2", "tdb2-text", "cstkg.nq.gz", "broken.nq.gz");
        assertThat(Main.run("restore", tmp.resolve("none.nq.gz").toString(), "--db", tmp.resolve("x").toString()))
                .isEqualTo(2);
        assertThat(Main.run("backup", "--db", db.toString(), "-o", tmp.resolve("x.trig").toString())).isEqualTo(2);
    }

    private java.util.List<String> siblings() throws Exception {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }

}
