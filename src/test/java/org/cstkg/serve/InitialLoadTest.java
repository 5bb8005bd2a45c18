package org.cstkg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDFS;
import org.cstkg.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first start's load is a unit (on-disk TDB2 store): one that died half-way is run again to the end on the next
 * start instead of being skipped because the store is no longer empty; a completed one is not run again.
 */
class InitialLoadTest {

    static final String REPORT_GRAPH = "https://w3id.org/cstkg/id/doc/initial-load-test";

    @TempDir
    Path tmp;

    /** Stands in for the pipeline: one small graph per report. */
    static Ingester writing() {
        return (store, paths) -> {
            Model m = ModelFactory.createDefaultModel();
            m.add(ResourceFactory.createResource(REPORT_GRAPH), RDFS.label, m.createLiteral("시험 문서", "ko"));
            store.replaceGraph(REPORT_GRAPH, m);
        };
    }

    static boolean has(GraphStore store, String graph) {
        return store.read(() -> store.dataset().containsNamedModel(graph));
    }

    @Test
    void anInterruptedLoadIsFinishedOnTheNextStart() throws Exception {
        Path db = tmp.resolve("tdb2");
        Path report = Files.writeString(tmp.resolve("report.txt"), "a report");
        List<Path> paths = List.of(Fixture.TRIG, report);
        try (GraphStore store = GraphStore.open(db)) {
            // the process dies while the reports go through the pipeline: the RDF is in, the report is not
            Ingester dying = (s, p) -> {
                throw new Error("killed");
            };
            assertThatThrownBy(() -> new InitialLoad(dying).loadIfNeeded(store, db.toString(), paths))
                    .hasMessage("killed");
            assertThat(store.isEmpty()).isFalse();
            assertThat(has(store, REPORT_GRAPH)).isFalse();
            assertThat(db.resolve(InitialLoad.MARKER)).exists();

            // next start: not skipped although the store is not empty
            assertThat(new InitialLoad(writing()).loadIfNeeded(store, db.toString(), paths)).isTrue();
            assertThat(has(store, REPORT_GRAPH)).isTrue();
            assertThat(has(store, "https://w3id.org/cstkg/id/report/test-weekly-2023-06-02/1-01")).isTrue();
            assertThat(db.resolve(InitialLoad.MARKER)).doesNotExist();

            // and a completed load is not run again
            Ingester never = (s, p) -> {
                throw new AssertionError("loaded again");
            };
            assertThat(new InitialLoad(never).loadIfNeeded(store, db.toString(), paths)).isFalse();
        }
    }

    @Test
    void anEmptyStoreIsLoadedOnceAndAFilledOneIsLeftAlone() throws Exception {
        Path db = tmp.resolve("tdb2");
        Path report = Files.writeString(tmp.resolve("report.txt"), "a report");
        try (GraphStore store = GraphStore.open(db)) {
            assertThat(new InitialLoad(writing()).loadIfNeeded(store, db.toString(), List.of(report))).isTrue();
            assertThat(has(store, REPORT_GRAPH)).isTrue();
            assertThat(db.resolve(InitialLoad.MARKER)).doesNotExist();
            assertThat(new InitialLoad(writing()).loadIfNeeded(store, db.toString(), List.of(Fixture.TRIG)))
                    .isFalse();
            assertThat(has(store, "https://w3id.org/cstkg/id/report/test-weekly-2023-06-02/1-01")).isFalse();
        }
    }
}
